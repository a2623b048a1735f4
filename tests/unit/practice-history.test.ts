import { describe, expect, it } from 'vitest';
import { emptyHistory, historyError, MAX_EXAMS, recordAnswer, recordExam, taskAccuracy, weakestTasks } from '../../src/lib/practice/history';
import { parseProgress, serializeProgress, emptyProgress } from '../../src/lib/study/progress';
import { answerQuestion, formatClock, newExam, parseExamState, pauseExam, resumeExam, reviewOf, timeLeft, toggleFlag } from '../../src/lib/practice/exam-state';
import { examMinutes } from '../../src/lib/practice/exam-format';

const questions = [
  { id: 'q1', task: '1.1' },
  { id: 'q2', task: '1.1' },
  { id: 'q3', task: '1.2' },
  { id: 'q4', task: '2.10' },
];

describe('practice history', () => {
  it('records tries and the latest result, and computes accuracy per task statement in task order', () => {
    let h = emptyHistory();
    h = recordAnswer(h, 'q1', false, 1);
    h = recordAnswer(h, 'q1', true, 2);
    h = recordAnswer(h, 'q2', false, 3);
    h = recordAnswer(h, 'q3', true, 4);
    h = recordAnswer(h, 'q4', false, 5);
    expect(h.answers.q1).toEqual({ tries: 2, right: 1, lastRight: true, at: 2 });
    expect(taskAccuracy(h, questions).map((t) => [t.task, t.right, t.tries])).toEqual([
      ['1.1', 1, 3],
      ['1.2', 1, 1],
      ['2.10', 0, 1],
    ]);
    expect(weakestTasks(taskAccuracy(h, questions)).map((t) => t.task)).toEqual(['2.10', '1.1']);
  });

  it('keeps the newest exams only', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_EXAMS + 5; i++) h = recordExam(h, { at: i, right: 1, total: 2, byDomain: { '1': [1, 2] } });
    expect(h.exams).toHaveLength(MAX_EXAMS);
    expect(h.exams[0]?.at).toBe(5);
  });

  it('travels in the progress file and comes back the same', () => {
    const progress = {
      ...emptyProgress(),
      practice: recordExam(recordAnswer(emptyHistory(), 'q1', true, 7), { at: 8, right: 40, total: 75, byDomain: { '1': [10, 17] } }),
    };
    const parsed = parseProgress(serializeProgress(progress, 9));
    expect(parsed).toEqual({ ok: true, progress });
  });

  it('reads a progress file from before practice existed as having no history', () => {
    const parsed = parseProgress(JSON.stringify({ app: 'dop-c02-study-notes', version: 1, studied: {}, cards: {} }));
    expect(parsed.ok && parsed.progress.practice).toEqual(emptyHistory());
  });

  it('refuses a corrupt history with a reason', () => {
    expect(historyError({ answers: { q1: { tries: 1, right: 2, lastRight: true, at: 1 } }, exams: [] })).toMatch(
      /practice answer "q1" needs whole "tries" ≥ "right"/,
    );
    expect(historyError({ answers: {}, exams: [{ at: 1, right: 80, total: 75, byDomain: {} }] })).toMatch(/practice exam 1 needs/);
    expect(historyError({ answers: {}, exams: [{ at: 1, right: 1, total: 2, byDomain: { '9': [1, 2] } }] })).toMatch(/bad score for domain "9"/);
    const parsed = parseProgress(JSON.stringify({ app: 'dop-c02-study-notes', version: 1, studied: {}, cards: {}, practice: { answers: [], exams: [] } }));
    expect(parsed).toEqual({ ok: false, error: '"practice.answers" must be an object of question id → record' });
  });
});

describe('a mock exam in progress', () => {
  const MIN = 60_000;

  it('counts down while running, keeps time while paused, and survives being stored', () => {
    let s = newExam(['q1', 'q2', 'q3'], 180, 0);
    expect(timeLeft(s, 10 * MIN)).toBe(170 * MIN);
    s = pauseExam(s, 10 * MIN);
    expect(timeLeft(s, 100 * MIN)).toBe(170 * MIN);
    s = resumeExam(s, 100 * MIN);
    expect(timeLeft(s, 110 * MIN)).toBe(160 * MIN);
    expect(timeLeft(s, 1000 * MIN)).toBe(0);
    expect(parseExamState(JSON.stringify(s), new Set(['q1', 'q2', 'q3']))).toEqual(s);
  });

  it('sorts questions into answered, flagged and blank for the review screen', () => {
    let s = newExam(['q1', 'q2', 'q3'], 180, 0);
    s = answerQuestion(s, 'q1', ['A']);
    s = toggleFlag(answerQuestion(s, 'q2', ['B', 'C']), 'q2');
    s = toggleFlag(s, 'q3');
    const r = reviewOf(s);
    expect(r.statuses.map((x) => x.status)).toEqual(['answered', 'flagged', 'flagged']);
    expect([r.answered, r.flagged, r.blank]).toEqual([2, 2, 1]);
    expect(reviewOf(toggleFlag(s, 'q3')).statuses[2]?.status).toBe('blank');
    expect(answerQuestion(s, 'q1', []).answers.q1).toBeUndefined();
  });

  it('starts afresh from a stored exam that is corrupt or names questions no longer in the pool', () => {
    const s = newExam(['q1', 'gone'], 180, 0);
    expect(parseExamState(JSON.stringify(s), new Set(['q1']))).toBeUndefined();
    expect(parseExamState('{not json', new Set(['q1']))).toBeUndefined();
    expect(parseExamState(JSON.stringify({ ...s, ids: ['q1'], current: 5 }), new Set(['q1']))).toBeUndefined();
  });

  it('shows the clock as the exam does and scales the time to the size of the set', () => {
    expect(formatClock(180 * MIN)).toBe('3:00:00');
    expect(formatClock(4 * MIN + 5_000)).toBe('4:05');
    expect(formatClock(1)).toBe('0:01');
    expect(examMinutes(75)).toBe(180);
    expect(examMinutes(10)).toBe(24);
  });
});
