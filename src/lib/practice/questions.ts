/**
 * Practice questions as the practice pages use them: computed once at build from the questions collection and the
 * notes (section titles, links), rendered to HTML, and the pure rules the pages apply: what a right answer is, how
 * a mock exam is drawn by the exam's domain weights, how it is scored.
 */
import type { NoteSection } from '../content/exam-guide';
import type { OptionId, QuestionData } from '../content/schemas';
import type { QuestionEntry } from './validate-questions';

export interface PracticeOption {
  id: OptionId;
  /** HTML (inline). */
  text: string;
  /** HTML (inline): why the option is right or wrong. */
  why: string;
}

export interface PracticeQuestion {
  id: string;
  /** Task statement, "1.2". */
  task: string;
  /** Domain number, from the task statement. */
  domain: number;
  kind: QuestionData['kind'];
  /** How many options to choose: 1 for "one". */
  pick: number;
  /** HTML (inline). */
  scenario: string;
  options: PracticeOption[];
  correct: OptionId[];
  /** Sections that teach the answer: site path with anchor, and "Page › Heading". */
  teaches: { href: string; title: string }[];
  sources: { title: string; url: string }[];
}

export const domainOfTask = (task: string): number => Number(task.split('.')[0]);

/** A question's task statement from its id, which starts with it ("1-2-pull-request-tests" → "1.2"; the build checks the prefix). */
export function taskOfQuestionId(id: string): string | undefined {
  const m = /^([1-6])-(\d+)-/.exec(id);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "two" for 2, as the exam writes how many to choose. */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** The instruction the exam prints after a multiple-response question: "(Choose two.)"; empty for one answer. */
export function pickInstruction(pick: number): string {
  return pick > 1 ? `(Choose ${numberWord(pick)}.)` : '';
}

/** Right means all the correct options and only those. */
export function isRight(correct: readonly string[], chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

/** Task statement order ("1.2" before "1.10"), then file name. */
export function compareQuestions(a: { task: string; id: string }, b: { task: string; id: string }): number {
  const [ad, at] = a.task.split('.').map(Number) as [number, number];
  const [bd, bt] = b.task.split('.').map(Number) as [number, number];
  return ad - bd || at - bt || a.id.localeCompare(b.id);
}

export function toPracticeQuestion(
  entry: QuestionEntry,
  sections: ReadonlyMap<string, NoteSection>,
  renderInline: (markdown: string) => string,
): PracticeQuestion {
  const q = entry.data;
  return {
    id: entry.id,
    task: q.task,
    domain: domainOfTask(q.task),
    kind: q.kind,
    pick: q.kind === 'one' ? 1 : (q.pick ?? q.correct.length),
    scenario: renderInline(q.scenario),
    options: q.options.map((o) => ({ id: o.id, text: renderInline(o.text), why: renderInline(o.why) })),
    correct: [...q.correct],
    teaches: q.teaches.flatMap((ref) => {
      const s = sections.get(ref);
      return s ? [{ href: s.href, title: `${s.pageTitle} › ${s.heading}` }] : [];
    }),
    sources: q.sources.map((s) => ({ title: s.title, url: s.url })),
  };
}

/** The size of the real exam: 75 questions (65 scored, 10 unscored). */
export const EXAM_SIZE = 75;

/**
 * How many questions of each domain a set of `size` holds: the domain's weight share, rounded by largest remainder
 * so the counts add up to `size`; a domain with too few questions gives all it has and the rest goes to the others
 * by their weights.
 */
export function examShares(domains: readonly { number: number; weight: number }[], available: ReadonlyMap<number, number>, size: number): Map<number, number> {
  const counts = new Map<number, number>(domains.map((d) => [d.number, 0]));
  let open = domains.filter((d) => (available.get(d.number) ?? 0) > 0);
  let left = Math.min(
    size,
    domains.reduce((n, d) => n + (available.get(d.number) ?? 0), 0),
  );
  while (left > 0 && open.length > 0) {
    const weight = open.reduce((w, d) => w + d.weight, 0);
    const raw = open.map((d) => ({ d, exact: (left * d.weight) / weight }));
    const share = new Map(raw.map(({ d, exact }) => [d.number, Math.floor(exact)]));
    let rest = left - [...share.values()].reduce((a, b) => a + b, 0);
    for (const { d } of [...raw].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.d.number - b.d.number)) {
      if (rest === 0) break;
      share.set(d.number, (share.get(d.number) ?? 0) + 1);
      rest--;
    }
    let given = 0;
    for (const d of open) {
      const room = (available.get(d.number) ?? 0) - (counts.get(d.number) ?? 0);
      const take = Math.min(room, share.get(d.number) ?? 0);
      counts.set(d.number, (counts.get(d.number) ?? 0) + take);
      given += take;
    }
    left -= given;
    open = open.filter((d) => (available.get(d.number) ?? 0) > (counts.get(d.number) ?? 0));
    if (given === 0) break;
  }
  return counts;
}

/** Fisher–Yates with a given source of randomness, so a draw can be tested. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A mock exam: `size` questions (75 unless the pool is smaller) drawn by domain weight, in random order. */
export function drawExam(
  questions: readonly { id: string; domain: number }[],
  domains: readonly { number: number; weight: number }[],
  random: () => number,
  size = EXAM_SIZE,
): string[] {
  const byDomain = new Map<number, string[]>();
  for (const q of questions) byDomain.set(q.domain, [...(byDomain.get(q.domain) ?? []), q.id]);
  const available = new Map([...byDomain].map(([d, ids]) => [d, ids.length]));
  const shares = examShares(domains, available, size);
  const drawn = [...shares].flatMap(([d, n]) => shuffle(byDomain.get(d) ?? [], random).slice(0, n));
  return shuffle(drawn, random);
}

export interface DomainScore {
  domain: number;
  right: number;
  total: number;
}

export interface ExamScore {
  right: number;
  total: number;
  answered: number;
  byDomain: DomainScore[];
}

/** Score of a set of questions: unanswered counts as wrong, as on the exam. */
export function scoreExam(
  questions: readonly { id: string; domain: number; correct: readonly string[] }[],
  answers: Readonly<Record<string, readonly string[]>>,
): ExamScore {
  const byDomain = new Map<number, DomainScore>();
  let right = 0;
  let answered = 0;
  for (const q of questions) {
    const chosen = answers[q.id] ?? [];
    const ok = isRight(q.correct, chosen);
    if (chosen.length > 0) answered++;
    if (ok) right++;
    const d = byDomain.get(q.domain) ?? { domain: q.domain, right: 0, total: 0 };
    d.total++;
    if (ok) d.right++;
    byDomain.set(q.domain, d);
  }
  return { right, total: questions.length, answered, byDomain: [...byDomain.values()].sort((a, b) => a.domain - b.domain) };
}

export interface TaskGroup<Q> {
  id: string;
  title: string;
  questions: Q[];
}

export interface DomainGroup<Q> {
  number: number;
  title: string;
  weight: number;
  tasks: TaskGroup<Q>[];
  /** Questions of the domain, all its task statements together. */
  count: number;
}

/** The questions under their domains and task statements, in exam-guide order; task statements without questions are kept (count 0). */
export function groupQuestions<Q extends { task: string }>(
  domains: readonly { number: number; title: string; weight: number; taskStatements: readonly { id: string; title: string }[] }[],
  questions: readonly Q[],
): DomainGroup<Q>[] {
  return [...domains]
    .sort((a, b) => a.number - b.number)
    .map((d) => {
      const tasks = d.taskStatements.map((t) => ({ id: t.id, title: t.title, questions: questions.filter((q) => q.task === t.id) }));
      return { number: d.number, title: d.title, weight: d.weight, tasks, count: tasks.reduce((n, t) => n + t.questions.length, 0) };
    });
}

/** /practice/questions.json: written at build time, read by the mock exam and the flashcards. */
export interface QuestionsFile {
  domains: { number: number; title: string; weight: number; tasks: { id: string; title: string }[] }[];
  questions: PracticeQuestion[];
}
