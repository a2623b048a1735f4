/**
 * A mock exam in progress, kept in localStorage so a reload or a closed tab resumes it: the questions drawn, the
 * answers, the flags, where the student is, and the clock. While the clock runs the state keeps its deadline (time
 * passes while the page is closed, as in a real exam); paused, it keeps the time left. Pure: time comes in as `now`.
 */
export const EXAM_KEY = 'dop-c02:exam';

export interface ExamState {
  v: 1;
  ids: string[];
  answers: Record<string, string[]>;
  flags: string[];
  current: number;
  /** When the running clock reaches zero (ms since the epoch); null while paused. */
  deadline: number | null;
  /** Time left while paused (ms). */
  left: number;
  startedAt: number;
}

export function newExam(ids: readonly string[], minutes: number, now: number): ExamState {
  return { v: 1, ids: [...ids], answers: {}, flags: [], current: 0, deadline: now + minutes * 60_000, left: minutes * 60_000, startedAt: now };
}

export const isPaused = (s: ExamState): boolean => s.deadline === null;

export function timeLeft(s: ExamState, now: number): number {
  return Math.max(0, s.deadline === null ? s.left : s.deadline - now);
}

export function pauseExam(s: ExamState, now: number): ExamState {
  return s.deadline === null ? s : { ...s, deadline: null, left: timeLeft(s, now) };
}

export function resumeExam(s: ExamState, now: number): ExamState {
  return s.deadline === null ? { ...s, deadline: now + s.left } : s;
}

export function answerQuestion(s: ExamState, id: string, chosen: readonly string[]): ExamState {
  const answers = { ...s.answers };
  if (chosen.length === 0) delete answers[id];
  else answers[id] = [...chosen];
  return { ...s, answers };
}

export function toggleFlag(s: ExamState, id: string): ExamState {
  return { ...s, flags: s.flags.includes(id) ? s.flags.filter((f) => f !== id) : [...s.flags, id] };
}

export type QuestionStatus = 'answered' | 'flagged' | 'blank';

/** The review screen: each question's status (a flagged question counts as flagged, answered or not) and the totals. */
export function reviewOf(s: ExamState): {
  statuses: { id: string; number: number; status: QuestionStatus; answered: boolean }[];
  answered: number;
  flagged: number;
  blank: number;
} {
  const statuses = s.ids.map((id, i) => {
    const answered = (s.answers[id]?.length ?? 0) > 0;
    const status: QuestionStatus = s.flags.includes(id) ? 'flagged' : answered ? 'answered' : 'blank';
    return { id, number: i + 1, status, answered };
  });
  return {
    statuses,
    answered: statuses.filter((x) => x.answered).length,
    flagged: statuses.filter((x) => x.status === 'flagged').length,
    blank: statuses.filter((x) => !x.answered).length,
  };
}

/** "2:59:07" or "4:05". */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A stored exam, or undefined when the text is not one (then the page starts afresh). */
export function parseExamState(text: string | null, knownIds: ReadonlySet<string>): ExamState | undefined {
  if (!text) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(v) || v.v !== 1 || !isStringList(v.ids) || v.ids.length === 0 || !v.ids.every((id) => knownIds.has(id))) return undefined;
  if (!isRecord(v.answers) || !Object.values(v.answers).every(isStringList) || !isStringList(v.flags)) return undefined;
  if (!Number.isInteger(v.current) || (v.current as number) < 0 || (v.current as number) >= v.ids.length) return undefined;
  if (!(v.deadline === null || typeof v.deadline === 'number') || typeof v.left !== 'number' || typeof v.startedAt !== 'number') return undefined;
  return v as unknown as ExamState;
}
