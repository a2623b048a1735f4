/**
 * The mock exam on /practice/exam/: a set drawn by the exam's domain weights (src/lib/practice/questions.ts), a
 * countdown that survives reloads and can be paused, flags, a review screen, and a report by domain with every
 * question explained. The exam in progress lives in localStorage (src/lib/practice/exam-state.ts); a submitted
 * exam goes into the practice history, and its missed questions into the flashcards. Loaded by /practice/exam/ only.
 */
import { drawExam, isRight, pickInstruction, scoreExam, type PracticeQuestion, type QuestionsFile } from '../../lib/practice/questions';
import { recordAnswer, recordExam } from '../../lib/practice/history';
import {
  answerQuestion,
  EXAM_KEY,
  formatClock,
  isPaused,
  newExam,
  parseExamState,
  pauseExam,
  resumeExam,
  reviewOf,
  timeLeft,
  toggleFlag,
  type ExamState,
} from '../../lib/practice/exam-state';
import { questionCardId } from '../../lib/practice/card-ids';
import { review } from '../../lib/study/leitner';
import { loadProgress, saveProgress } from '../study/progress-store';
import { chosenOf, isShortcut, legendFor, optionIndexOfKey, pressOption, renderOptions } from './question-ui';

const root = document.querySelector<HTMLElement>('[data-exam]');
const $ = <T extends Element>(selector: string): T => root?.querySelector<T>(selector) as T;
const percent = (right: number, total: number): string => (total === 0 ? '–' : `${Math.round((right / total) * 100)}%`);

async function start(): Promise<void> {
  if (!root) return;
  const message = $<HTMLElement>('[data-ex-message]');
  let file: QuestionsFile;
  try {
    file = (await (await fetch(root.dataset.questionsUrl ?? '')).json()) as QuestionsFile;
  } catch {
    $<HTMLElement>('[data-ex-nojs]').textContent = 'The questions could not be loaded. Check your connection and reload the page.';
    return;
  }
  const byId = new Map(file.questions.map((q) => [q.id, q]));
  const size = Number(root.dataset.size);
  const minutes = Number(root.dataset.minutes);

  const screens = {
    start: $<HTMLElement>('[data-ex-start]'),
    run: $<HTMLElement>('[data-ex-run]'),
    review: $<HTMLElement>('[data-ex-review]'),
    report: $<HTMLElement>('[data-ex-report]'),
  };
  const clock = $<HTMLElement>('[data-ex-clock]');
  const progressText = $<HTMLElement>('[data-ex-progress]');
  const heading = $<HTMLElement>('[data-ex-heading]');
  const scenario = $<HTMLElement>('[data-ex-scenario]');
  const legend = $<HTMLElement>('[data-ex-legend]');
  const optionsBox = $<HTMLElement>('[data-ex-options]');
  const body = $<HTMLElement>('[data-ex-body]');
  const paused = $<HTMLElement>('[data-ex-paused]');
  const pauseButton = $<HTMLButtonElement>('[data-ex-pause]');
  const flagButton = $<HTMLButtonElement>('[data-ex-flag]');
  const prevButton = $<HTMLButtonElement>('[data-ex-prev]');
  const nextButton = $<HTMLButtonElement>('[data-ex-next]');

  let state: ExamState | undefined = parseExamState(localStorage.getItem(EXAM_KEY), new Set(byId.keys()));
  let screen: keyof typeof screens = 'start';
  let inputs: HTMLInputElement[] = [];
  let timer: number | undefined;

  const save = () => {
    if (state) localStorage.setItem(EXAM_KEY, JSON.stringify(state));
  };

  function showScreen(name: keyof typeof screens, focus?: HTMLElement): void {
    screen = name;
    for (const [key, el] of Object.entries(screens)) el.hidden = key !== name;
    focus?.focus();
  }

  function tick(): void {
    if (!state) return;
    const left = timeLeft(state, Date.now());
    clock.textContent = formatClock(left);
    if (left === 0 && !isPaused(state)) submit('Time is up: your exam was submitted.');
  }

  function showProgress(s: ExamState): void {
    progressText.textContent = `Question ${s.current + 1} of ${s.ids.length} · ${reviewOf(s).answered} answered`;
  }

  function showQuestion(focus: boolean): void {
    if (!state) return;
    const id = state.ids[state.current] as string;
    const q = byId.get(id) as PracticeQuestion;
    showProgress(state);
    heading.textContent = `Question ${state.current + 1}`;
    const instruction = pickInstruction(q.pick);
    scenario.innerHTML = `${q.scenario}${instruction ? ` <strong>${instruction}</strong>` : ''}`;
    legend.textContent = legendFor(q.pick);
    inputs = renderOptions(optionsBox, q, state.answers[id] ?? [], () => {
      if (!state) return;
      state = answerQuestion(state, id, chosenOf(inputs));
      save();
      showProgress(state);
    });
    const flagged = state.flags.includes(id);
    flagButton.setAttribute('aria-pressed', String(flagged));
    flagButton.firstChild!.textContent = flagged ? 'Flagged ' : 'Flag for review ';
    prevButton.disabled = state.current === 0;
    nextButton.firstChild!.textContent = state.current + 1 < state.ids.length ? 'Next ' : 'Review ';
    const isPausedNow = isPaused(state);
    paused.hidden = !isPausedNow;
    body.hidden = isPausedNow;
    pauseButton.textContent = isPausedNow ? 'Resume' : 'Pause';
    if (focus) heading.focus();
  }

  function go(index: number): void {
    if (!state) return;
    if (index >= state.ids.length) return openReview();
    state = { ...state, current: Math.max(0, index) };
    save();
    showScreen('run');
    showQuestion(true);
  }

  function openReview(): void {
    if (!state) return;
    const r = reviewOf(state);
    $<HTMLElement>('[data-ex-review-summary]').textContent =
      `${r.answered} of ${state.ids.length} answered, ${r.flagged} flagged, ${r.blank} blank. Blank questions count as wrong.`;
    const list = $<HTMLElement>('[data-ex-review-list]');
    list.replaceChildren(
      ...r.statuses.map((s) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.status = s.status;
        button.textContent = `${s.number}: ${s.status === 'flagged' ? (s.answered ? 'flagged, answered' : 'flagged, blank') : s.status}`;
        button.addEventListener('click', () => go(s.number - 1));
        li.append(button);
        return li;
      }),
    );
    showScreen('review', $<HTMLElement>('#ex-review-h'));
  }

  function submit(note?: string): void {
    if (!state) return;
    const finished = state;
    state = undefined;
    localStorage.removeItem(EXAM_KEY);
    window.clearInterval(timer);
    const questions = finished.ids.map((id) => byId.get(id) as PracticeQuestion);
    const score = scoreExam(questions, finished.answers);
    const now = Date.now();
    const { progress } = loadProgress();
    let history = recordExam(progress.practice, {
      at: now,
      right: score.right,
      total: score.total,
      byDomain: Object.fromEntries(score.byDomain.map((d) => [String(d.domain), [d.right, d.total] as [number, number]])),
    });
    for (const q of questions) {
      const chosen = finished.answers[q.id];
      if (!chosen) continue;
      const right = isRight(q.correct, chosen);
      history = recordAnswer(history, q.id, right, now);
      if (!right) progress.cards[questionCardId(q.id)] = review(progress.cards[questionCardId(q.id)], 'again', now);
    }
    progress.practice = history;
    saveProgress(progress);
    report(questions, finished, score);
    message.textContent = note ?? '';
  }

  function report(questions: PracticeQuestion[], finished: ExamState, score: ReturnType<typeof scoreExam>): void {
    $<HTMLElement>('[data-ex-score]').textContent =
      `You answered ${score.right} of ${score.total} questions right (${percent(score.right, score.total)}); ${score.total - score.answered} left blank.`;
    const weights = new Map(file.domains.map((d) => [d.number, d]));
    $<HTMLElement>('[data-ex-domains]').innerHTML = score.byDomain
      .map((d) => {
        const domain = weights.get(d.domain);
        return `<tr><th scope="row">Domain ${d.domain}: ${domain?.title ?? ''}</th><td>${domain?.weight ?? '–'}%</td><td>${d.right} of ${d.total}</td><td>${percent(d.right, d.total)}</td></tr>`;
      })
      .join('');
    const list = $<HTMLElement>('[data-ex-answers]');
    list.innerHTML = questions
      .map((q) => {
        const chosen = finished.answers[q.id] ?? [];
        const right = isRight(q.correct, chosen);
        const whys = q.options
          .map((o) => `<li><strong>${o.id}: ${q.correct.includes(o.id) ? 'right' : 'wrong'}.</strong> ${o.text} <em>Why:</em> ${o.why}</li>`)
          .join('');
        const study = q.teaches.map((t) => `<a href="${t.href}">${t.title}</a>`).join('; ');
        return `<li data-ex-result="${right ? 'right' : 'wrong'}"><p><strong>${right ? '✓ Right' : '✗ Wrong'}</strong> · task ${q.task} · your answer: ${chosen.length > 0 ? chosen.join(', ') : 'none'} · right answer: ${q.correct.join(', ')}</p><p>${q.scenario}</p><ul>${whys}</ul><p>Study: ${study}</p></li>`;
      })
      .join('');
    showScreen('report', $<HTMLElement>('#ex-report-h'));
  }

  function showPast(): void {
    const exams = loadProgress().progress.practice.exams;
    const past = $<HTMLElement>('[data-ex-past]');
    past.hidden = exams.length === 0;
    const recent = exams.slice(-3).reverse();
    past.textContent = `Your last mock exams: ${recent.map((e) => `${percent(e.right, e.total)} (${e.right} of ${e.total}) on ${new Date(e.at).toLocaleDateString()}`).join('; ')}.`;
  }

  function begin(): void {
    const ids = drawExam(file.questions, file.domains, Math.random, size);
    state = newExam(ids, minutes, Date.now());
    save();
    run();
  }

  function run(): void {
    window.clearInterval(timer);
    timer = window.setInterval(tick, 1000);
    tick();
    if (!state) return;
    showScreen('run');
    showQuestion(true);
  }

  function togglePause(): void {
    if (!state) return;
    state = isPaused(state) ? resumeExam(state, Date.now()) : pauseExam(state, Date.now());
    save();
    showQuestion(false);
    tick();
    (isPaused(state) ? $<HTMLElement>('[data-ex-resume]') : heading).focus();
  }

  $<HTMLButtonElement>('[data-ex-begin]').addEventListener('click', begin);
  $<HTMLButtonElement>('[data-ex-again]').addEventListener('click', () => {
    showPast();
    message.textContent = '';
    showScreen('start', $<HTMLElement>('#ex-start-h'));
  });
  pauseButton.addEventListener('click', togglePause);
  $<HTMLButtonElement>('[data-ex-resume]').addEventListener('click', togglePause);
  $<HTMLButtonElement>('[data-ex-review-open]').addEventListener('click', openReview);
  $<HTMLButtonElement>('[data-ex-back]').addEventListener('click', () => go(state?.current ?? 0));
  $<HTMLButtonElement>('[data-ex-submit]').addEventListener('click', () => {
    if (!state) return;
    const blank = reviewOf(state).blank;
    if (blank > 0 && !window.confirm(`${blank} question${blank === 1 ? ' is' : 's are'} blank and will count as wrong. Submit anyway?`)) return;
    submit();
  });
  prevButton.addEventListener('click', () => go((state?.current ?? 0) - 1));
  nextButton.addEventListener('click', () => go((state?.current ?? 0) + 1));
  flagButton.addEventListener('click', () => {
    if (!state) return;
    state = toggleFlag(state, state.ids[state.current] as string);
    save();
    showQuestion(false);
  });
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event) || screen !== 'run' || !state || isPaused(state)) return;
    const key = event.key.toLowerCase();
    const onControl = (event.target as HTMLElement).closest('button, a');
    if (key === 'f') flagButton.click();
    else if (key === 'n' || (key === 'enter' && !onControl)) nextButton.click();
    else if (key === 'p') {
      if (!prevButton.disabled) prevButton.click();
    } else {
      const index = optionIndexOfKey(event.key);
      if (index === undefined) return;
      pressOption(inputs, index);
    }
    event.preventDefault();
  });

  $<HTMLElement>('[data-ex-nojs]').hidden = true;
  $<HTMLElement>('[data-ex-app]').hidden = false;
  showPast();
  if (state) {
    message.textContent = 'Your mock exam in progress was restored.';
    run();
  } else showScreen('start');
}

void start();
