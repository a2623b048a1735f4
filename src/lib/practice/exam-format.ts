/**
 * The format of the real exam, stated once for every page that mentions it. From the exam guide (v1.0): 65 scored
 * and 10 unscored questions, a scaled score from 100 to 1,000, 750 to pass, compensatory scoring. The time is not in
 * the guide: 180 minutes is the length commonly quoted for the exam, used for the mock exam's countdown.
 */
export const EXAM_FORMAT = {
  scored: 65,
  unscored: 10,
  questions: 75,
  scaleMin: 100,
  scaleMax: 1000,
  pass: 750,
  minutes: 180,
} as const;

/** Minutes for a mock exam of `size` questions: the exam's pace (180 for 75), at least one minute. */
export function examMinutes(size: number): number {
  return Math.max(1, Math.round((EXAM_FORMAT.minutes * size) / EXAM_FORMAT.questions));
}
