import { describe, expect, it } from 'vitest';

import { loadCollections, loadQuestions, VALID_CONTENT } from '../helpers/fixtures';
import { questionSchema } from '../../src/lib/content/schemas';
import { checkQuestions } from '../../src/lib/practice/validate-questions';
import { noteSections } from '../../src/lib/content/exam-guide';
import {
  drawExam,
  examShares,
  groupQuestions,
  isRight,
  pickInstruction,
  scoreExam,
  taskOfQuestionId,
  toPracticeQuestion,
} from '../../src/lib/practice/questions';
import { questionCard, questionIdOfCard } from '../../src/lib/practice/question-card';

const questions = loadQuestions(VALID_CONTENT);
const one = () => structuredClone(questions.find((q) => q.data.kind === 'one')!.data) as Record<string, unknown> & (typeof questions)[number]['data'];
const multiple = () => structuredClone(questions.find((q) => q.data.kind === 'multiple')!.data) as Record<string, unknown> & (typeof questions)[number]['data'];

function issuesOf(data: unknown): string[] {
  const result = questionSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('question schema', () => {
  it('accepts the fixtures, one answer of four and two of five', () => {
    expect(questions.map((q) => q.data.kind).sort()).toEqual(['multiple', 'one']);
  });

  it('refuses a question with no correct option', () => {
    expect(issuesOf({ ...one(), correct: [] })).toContain('correct: correct must name at least one option');
  });

  it('refuses a correct id that is not an option', () => {
    expect(issuesOf({ ...one(), correct: ['E'] })).toContain('correct.0: "E" is not an option; expected one of A, B, C, D');
  });

  it('refuses "pick two" with one correct option', () => {
    expect(issuesOf({ ...multiple(), correct: ['A'] })).toContain('correct: pick is 2 but correct names 1 option');
  });

  it('refuses a multiple-response question without pick', () => {
    const { pick: _pick, ...rest } = multiple();
    expect(issuesOf(rest)).toContain('pick: pick is required for kind "multiple": how many options to choose (2 or 3)');
  });

  it('refuses a one-answer question with two correct options or five options', () => {
    expect(issuesOf({ ...one(), correct: ['A', 'B'] })).toContain('correct: a "one" question has exactly 1 correct option; this one names 2');
    const five = one();
    five.options = [...five.options, { id: 'E', text: 'More.', why: 'Extra.' }];
    expect(issuesOf(five)).toContain('options: a "one" question has 4 options; this one has 5');
  });

  it('refuses options out of letter order and an option without its explanation', () => {
    const swapped = one();
    swapped.options = [swapped.options[1]!, swapped.options[0]!, ...swapped.options.slice(2)];
    expect(issuesOf(swapped)).toContain('options.0.id: option 1 must have id "A" (options are lettered A, B, C… in order)');
    const noWhy = one();
    const { why: _why, ...first } = noWhy.options[0]!;
    noWhy.options = [first as (typeof noWhy.options)[number], ...noWhy.options.slice(1)];
    expect(issuesOf(noWhy)).toContain('options.0.why: options[].why is required');
  });

  it('refuses a task that is not a task statement id and a source that is not AWS', () => {
    expect(issuesOf({ ...one(), task: '1' })).toContain('task: task is a task statement id such as "1.2"');
    expect(issuesOf({ ...one(), sources: [{ title: 'Blog', url: 'https://example.com/' }] })[0]).toMatch(
      /^sources\.0\.url: sources\[\]\.url must be an https address on AWS/,
    );
  });
});

describe('questions against the notes', () => {
  const notes = loadCollections(VALID_CONTENT);
  const sections = noteSections(notes);

  it('finds no problem in the fixtures', () => {
    expect(checkQuestions(questions, notes.domains, sections)).toEqual([]);
  });

  it('names file and field of an unknown task statement and a dead section link', () => {
    const first = questions.find((q) => q.data.task === '1.1')!;
    const broken = { ...first, id: '1-9-alpha-pipeline', data: { ...first.data, task: '1.9', teaches: ['services/alpha#nowhere', 'services/gamma#overview'] } };
    const problems = checkQuestions([broken], notes.domains, sections).map((p) => `${p.file}: ${p.field}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/content-valid\/questions\/1-1-alpha-pipeline\.yaml: task: no task statement "1\.9" in the domains; expected one of "1\.1"/,
      ),
      expect.stringMatching(
        /questions\/1-1-alpha-pipeline\.yaml: teaches\[0\]: "services\/alpha#nowhere": no heading with that id on services\/alpha; expected one of "overview"/,
      ),
      expect.stringMatching(/teaches\[1\]: "services\/gamma#overview": no page "services\/gamma"/),
    ]);
  });

  it('requires the file name to start with the task statement, from which the history tells the task', () => {
    const renamed = { ...questions.find((q) => q.data.task === '1.1')!, id: '2-1-alpha-pipeline' };
    expect(checkQuestions([renamed], notes.domains, sections).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'task: the file name must start with "1-1-" for task 1.1 (the history and the home page tell a question\'s task by it)',
    ]);
    expect(taskOfQuestionId('1-2-pull-request-tests')).toBe('1.2');
    expect(taskOfQuestionId('6-10-x')).toBe('6.10');
    expect(taskOfQuestionId('pull-request')).toBeUndefined();
  });

  it('links each question to the sections that teach it, under its domain and task statement', () => {
    const practice = questions.map((q) => toPracticeQuestion(q, sections, (md) => md));
    expect(practice.find((q) => q.id === '1-1-alpha-pipeline')?.teaches).toEqual([{ href: '/services/alpha/#overview', title: 'AWS Alpha › Overview' }]);
    const groups = groupQuestions(
      notes.domains.map((d) => d.data),
      practice,
    );
    expect(groups.map((g) => g.count)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(groups[1]?.tasks[0]?.questions.map((q) => q.id)).toEqual(['2-1-beta-pick-two']);
  });
});

describe('answers and scores', () => {
  it('counts a multiple-response answer right only with all and only the correct options', () => {
    expect(isRight(['A', 'C'], ['C', 'A'])).toBe(true);
    expect(isRight(['A', 'C'], ['A'])).toBe(false);
    expect(isRight(['A', 'C'], ['A', 'C', 'D'])).toBe(false);
    expect(isRight(['B'], [])).toBe(false);
  });

  it('states the number to pick as the exam does', () => {
    expect(pickInstruction(2)).toBe('(Choose two.)');
    expect(pickInstruction(3)).toBe('(Choose three.)');
    expect(pickInstruction(1)).toBe('');
  });

  it('scores a set overall and by domain, blanks counting as wrong', () => {
    const qs = [
      { id: 'a', domain: 1, correct: ['A'] },
      { id: 'b', domain: 1, correct: ['B', 'D'] },
      { id: 'c', domain: 2, correct: ['C'] },
    ];
    expect(scoreExam(qs, { a: ['A'], b: ['B'] })).toEqual({
      right: 1,
      total: 3,
      answered: 2,
      byDomain: [
        { domain: 1, right: 1, total: 2 },
        { domain: 2, right: 0, total: 1 },
      ],
    });
  });
});

describe('the mock exam draw', () => {
  const weights = [22, 17, 15, 15, 14, 17].map((weight, i) => ({ number: i + 1, weight }));
  const pool = (counts: number[]) => counts.flatMap((n, d) => Array.from({ length: n }, (_, i) => ({ id: `d${d + 1}-${i}`, domain: d + 1 })));
  const seeded = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

  it('draws 75 questions with each domain within one question of its weight', () => {
    for (const seed of [1, 2, 3]) {
      const ids = drawExam(pool([22, 17, 15, 15, 14, 17]), weights, seeded(seed), 75);
      expect(ids).toHaveLength(75);
      expect(new Set(ids).size).toBe(75);
      for (const w of weights) {
        const count = ids.filter((id) => id.startsWith(`d${w.number}-`)).length;
        expect(Math.abs(count - (75 * w.weight) / 100)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives what a short domain has and the rest to the others, and draws the whole pool when it is smaller than the set', () => {
    const shares = examShares(
      weights,
      new Map([
        [1, 22],
        [2, 17],
        [3, 15],
        [4, 15],
        [5, 3],
        [6, 17],
      ]),
      75,
    );
    expect(shares.get(5)).toBe(3);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(75);
    expect(drawExam(pool([2, 1, 1, 1, 1, 1]), weights, seeded(4), 75)).toHaveLength(7);
  });

  it('shuffles: two seeds give two orders', () => {
    const all = pool([22, 17, 15, 15, 14, 17]);
    expect(drawExam(all, weights, seeded(5))).not.toEqual(drawExam(all, weights, seeded(6)));
  });
});

describe('a missed question as a flashcard', () => {
  it('shows the scenario and options on the front and the right option with why on the back', () => {
    const notes = loadCollections(VALID_CONTENT);
    const q = toPracticeQuestion(
      questions.find((x) => x.data.kind === 'multiple')!,
      noteSections(notes),
      (md) => md,
    );
    const card = questionCard(q, '/practice/#q-2-1-beta-pick-two');
    expect(questionIdOfCard(card.id)).toBe('2-1-beta-pick-two');
    expect(card.front).toContain('(Choose two.)');
    expect(card.front).toContain('<strong>E.</strong> Wait.');
    expect(card.back).toEqual([
      '<strong>A.</strong> Turn on the first feature. The first feature gives the first thing.',
      '<strong>C.</strong> Turn on the second feature. The second feature gives the second thing.',
    ]);
  });
});
