/**
 * A student's practice history, kept in their browser with the rest of their progress: every question's tries
 * and whether the last try was right, and every mock exam submitted. Validated like the rest of the progress file,
 * and reduced to accuracy per task statement, from which the weakest are shown.
 */
export interface QuestionRecord {
  tries: number;
  right: number;
  /** Whether the latest try was right. */
  lastRight: boolean;
  /** When it was last answered (ms since the epoch). */
  at: number;
}

export interface ExamAttempt {
  /** When it was submitted (ms since the epoch). */
  at: number;
  right: number;
  total: number;
  /** Domain number → [right, total]. */
  byDomain: Record<string, [number, number]>;
}

export interface PracticeHistory {
  answers: Record<string, QuestionRecord>;
  exams: ExamAttempt[];
}

export const emptyHistory = (): PracticeHistory => ({ answers: {}, exams: [] });

/** At most this many exam attempts are kept, the newest. */
export const MAX_EXAMS = 50;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const QUESTION_ID = /^[a-z0-9-]+$/;

function extraField(v: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(v).find((k) => !allowed.includes(k));
}

/** Why data is not a practice history, or undefined when it is one. */
export function historyError(v: unknown): string | undefined {
  if (!isRecord(v)) return '"practice" must be an object with "answers" and "exams"';
  if (!isRecord(v.answers)) return '"practice.answers" must be an object of question id → record';
  for (const [id, r] of Object.entries(v.answers)) {
    if (!QUESTION_ID.test(id)) return `"practice.answers" has "${id.slice(0, 60)}", which is not a question id`;
    if (
      !isRecord(r) ||
      !isCount(r.tries) ||
      !isCount(r.right) ||
      (r.right as number) > (r.tries as number) ||
      typeof r.lastRight !== 'boolean' ||
      !isTime(r.at)
    )
      return `practice answer "${id}" needs whole "tries" ≥ "right", a true/false "lastRight" and a time "at"`;
    const extra = extraField(r, ['tries', 'right', 'lastRight', 'at']);
    if (extra) return `practice answer "${id}" has unknown field "${extra}"`;
  }
  if (!Array.isArray(v.exams)) return '"practice.exams" must be a list of attempts';
  for (const [i, e] of v.exams.entries()) {
    if (!isRecord(e) || !isTime(e.at) || !isCount(e.right) || !isCount(e.total) || (e.right as number) > (e.total as number) || !isRecord(e.byDomain))
      return `practice exam ${i + 1} needs a time "at", whole "right" ≤ "total" and "byDomain"`;
    for (const [d, pair] of Object.entries(e.byDomain)) {
      if (!/^[1-6]$/.test(d) || !Array.isArray(pair) || pair.length !== 2 || !isCount(pair[0]) || !isCount(pair[1]) || pair[0] > pair[1])
        return `practice exam ${i + 1} has a bad score for domain "${d}"; expected [right, total]`;
    }
    const extra = extraField(e, ['at', 'right', 'total', 'byDomain']);
    if (extra) return `practice exam ${i + 1} has unknown field "${extra}"`;
  }
  const extra = extraField(v, ['answers', 'exams']);
  if (extra) return `"practice" has unknown field "${extra}"`;
  return undefined;
}

/** The history after one answer. */
export function recordAnswer(history: PracticeHistory, id: string, right: boolean, now: number): PracticeHistory {
  const before = history.answers[id];
  const record: QuestionRecord = { tries: (before?.tries ?? 0) + 1, right: (before?.right ?? 0) + (right ? 1 : 0), lastRight: right, at: now };
  return { ...history, answers: { ...history.answers, [id]: record } };
}

export function recordExam(history: PracticeHistory, attempt: ExamAttempt): PracticeHistory {
  return { ...history, exams: [...history.exams, attempt].slice(-MAX_EXAMS) };
}

export interface TaskAccuracy {
  task: string;
  tries: number;
  right: number;
  /** right / tries, 0 to 1. */
  accuracy: number;
}

/** Accuracy per task statement over every try, for the task statements tried at least once, in task order. */
export function taskAccuracy(history: PracticeHistory, questions: readonly { id: string; task: string }[]): TaskAccuracy[] {
  const byTask = new Map<string, TaskAccuracy>();
  for (const q of questions) {
    const r = history.answers[q.id];
    if (!r || r.tries === 0) continue;
    const t = byTask.get(q.task) ?? { task: q.task, tries: 0, right: 0, accuracy: 0 };
    t.tries += r.tries;
    t.right += r.right;
    t.accuracy = t.right / t.tries;
    byTask.set(q.task, t);
  }
  const order = (task: string) => task.split('.').map(Number) as [number, number];
  return [...byTask.values()].sort((a, b) => order(a.task)[0] - order(b.task)[0] || order(a.task)[1] - order(b.task)[1]);
}

/** The task statements to practise next: lowest accuracy first (fewer tries first among equals), below 100%. */
export function weakestTasks(accuracy: readonly TaskAccuracy[], count = 3): TaskAccuracy[] {
  return [...accuracy]
    .filter((t) => t.right < t.tries)
    .sort((a, b) => a.accuracy - b.accuracy || b.tries - a.tries)
    .slice(0, count);
}
