/**
 * The practice round on /practice/: questions of the chosen domain or task statement one at a time, checked at
 * once with every option explained and the sections to study. Questions come from the page's own list (the same
 * markup that reads without JavaScript). Every answer goes into the practice history; a missed question goes into
 * the flashcards' "again" pile. Loaded by /practice/ only.
 */
import { isRight } from '../../lib/practice/questions';
import { recordAnswer, taskAccuracy, weakestTasks } from '../../lib/practice/history';
import { review } from '../../lib/study/leitner';
import { questionCardId } from '../../lib/practice/card-ids';
import { loadProgress, saveProgress } from '../study/progress-store';
import { chosenOf, isShortcut, legendFor, optionIndexOfKey, pressOption, renderOptions, type QuestionForView } from './question-ui';

const SCOPE_KEY = 'dop-c02:practice-scope';
const FRESH_KEY = 'dop-c02:practice-fresh';

interface ListedQuestion extends QuestionForView {
  domain: number;
  correct: string[];
  article: HTMLElement;
}

const root = document.querySelector<HTMLElement>('[data-practice]');
const $ = <T extends Element>(selector: string): T => root?.querySelector<T>(selector) as T;

function readList(): ListedQuestion[] {
  return [...document.querySelectorAll<HTMLElement>('[data-question]')].map((article) => ({
    id: article.dataset.question ?? '',
    task: article.dataset.task ?? '',
    domain: Number(article.dataset.domain),
    pick: Number(article.dataset.pick),
    correct: (article.dataset.correct ?? '').split(' '),
    scenario: article.querySelector('[data-q-scenario]')?.innerHTML ?? '',
    options: [...article.querySelectorAll<HTMLElement>('[data-option]')].map((li) => ({
      id: li.dataset.option ?? '',
      text: li.querySelector('[data-q-text]')?.innerHTML ?? '',
    })),
    article,
  }));
}

function start(): void {
  if (!root) return;
  const all = readList();
  const scope = $<HTMLSelectElement>('[data-pr-scope]');
  const fresh = $<HTMLInputElement>('[data-pr-fresh]');
  const heading = $<HTMLElement>('[data-pr-heading]');
  const meta = $<HTMLElement>('[data-pr-meta]');
  const scenario = $<HTMLElement>('[data-pr-scenario]');
  const legend = $<HTMLElement>('[data-pr-legend]');
  const optionsBox = $<HTMLElement>('[data-pr-options]');
  const submit = $<HTMLButtonElement>('[data-pr-submit]');
  const next = $<HTMLButtonElement>('[data-pr-next]');
  const result = $<HTMLElement>('[data-pr-result]');
  const explain = $<HTMLElement>('[data-pr-explain]');
  const panel = $<HTMLElement>('[data-pr-q]');
  const done = $<HTMLElement>('[data-pr-done]');
  const weak = $<HTMLElement>('[data-pr-weak]');
  const weakList = $<HTMLElement>('[data-pr-weak-list]');
  const taskTitles = new Map([...scope.querySelectorAll('option')].map((o) => [o.value.slice(1), (o.textContent ?? '').trim().replace(/\s*\(\d+\)$/, '')]));

  // A link may choose the questions (?scope=t1.3, from the home page's "Practise next"); otherwise the last choice.
  const asked = new URLSearchParams(location.search).get('scope') ?? localStorage.getItem(SCOPE_KEY);
  if (asked && [...scope.options].some((o) => o.value === asked)) scope.value = asked;
  fresh.checked = localStorage.getItem(FRESH_KEY) === '1';

  let queue: ListedQuestion[] = [];
  let position = 0;
  let inputs: HTMLInputElement[] = [];
  let checked = false;

  const inScope = (q: ListedQuestion): boolean => scope.value === 'all' || scope.value === `d${q.domain}` || scope.value === `t${q.task}`;

  function showWeak(): void {
    const history = loadProgress().progress.practice;
    const weakest = weakestTasks(taskAccuracy(history, all));
    weak.hidden = weakest.length === 0;
    weakList.replaceChildren(
      ...weakest.map((t) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'pr-weak-task';
        button.textContent = taskTitles.get(t.task) ?? t.task;
        button.addEventListener('click', () => {
          scope.value = `t${t.task}`;
          scope.dispatchEvent(new Event('change'));
        });
        li.append(button, `: ${Math.round(t.accuracy * 100)}% right over ${t.tries} ${t.tries === 1 ? 'try' : 'tries'}`);
        return li;
      }),
    );
  }

  function build(): void {
    const history = loadProgress().progress.practice;
    queue = all.filter((q) => inScope(q) && !(fresh.checked && history.answers[q.id]?.lastRight));
    position = 0;
    show(false);
  }

  function show(focus: boolean): void {
    const q = queue[position];
    panel.hidden = !q;
    done.hidden = !!q;
    if (!q) {
      done.textContent = fresh.checked
        ? 'No questions left here that you have not answered right. Choose other questions, or clear “Skip questions I last answered right”.'
        : 'No questions here yet.';
      return;
    }
    checked = false;
    heading.textContent = `Question ${position + 1} of ${queue.length}`;
    meta.textContent = `Task statement ${taskTitles.get(q.task) ?? q.task}`;
    scenario.innerHTML = q.scenario;
    legend.textContent = legendFor(q.pick);
    inputs = renderOptions(optionsBox, q, [], () => {});
    submit.hidden = false;
    next.hidden = true;
    result.textContent = '';
    explain.hidden = true;
    explain.replaceChildren();
    if (focus) heading.focus();
  }

  function check(): void {
    const q = queue[position];
    if (!q || checked) return;
    const chosen = chosenOf(inputs);
    if (chosen.length === 0) {
      result.textContent = `${legendFor(q.pick)} first.`;
      return;
    }
    checked = true;
    const right = isRight(q.correct, chosen);
    const now = Date.now();
    const { progress } = loadProgress();
    progress.practice = recordAnswer(progress.practice, q.id, right, now);
    // A missed question joins the flashcards, answered "again": it comes back in the next flashcard session.
    if (!right) progress.cards[questionCardId(q.id)] = review(progress.cards[questionCardId(q.id)], 'again', now);
    saveProgress(progress);

    for (const input of inputs) {
      input.disabled = true;
      const label = input.closest<HTMLElement>('label');
      const isCorrect = q.correct.includes(input.value);
      label?.classList.add(isCorrect ? 'qo-right' : input.checked ? 'qo-wrong' : 'qo-other');
      const mark = document.createElement('span');
      mark.className = 'qo-mark';
      mark.textContent = isCorrect ? (input.checked ? ' ✓ right, your answer' : ' ✓ right') : input.checked ? ' ✗ wrong, your answer' : '';
      if (mark.textContent) label?.lastElementChild?.append(mark);
    }
    const answer = q.correct.join(' and ');
    result.textContent = right ? `Right: ${answer}.` : `Not right. The answer is ${answer}. This question joins your flashcards to review again.`;
    const details = q.article.querySelector('details');
    explain.replaceChildren(...[...(details?.querySelectorAll('.q-whys, [data-q-study], [data-q-sources]') ?? [])].map((el) => el.cloneNode(true)));
    explain.hidden = false;
    submit.hidden = true;
    next.hidden = false;
    next.textContent = '';
    next.append(position + 1 < queue.length ? 'Next question ' : 'Finish ', Object.assign(document.createElement('kbd'), { textContent: 'N' }));
    next.focus();
    showWeak();
  }

  function advance(): void {
    if (!checked) return;
    position++;
    if (position >= queue.length) {
      panel.hidden = true;
      done.hidden = false;
      const history = loadProgress().progress.practice;
      const ids = new Set(queue.map((q) => q.id));
      const rightNow = [...ids].filter((id) => history.answers[id]?.lastRight).length;
      done.textContent = `Round done: your latest answer is right on ${rightNow} of ${ids.size} questions. Choose more questions above, or start this set again.`;
      done.setAttribute('tabindex', '-1');
      done.focus();
      return;
    }
    show(true);
  }

  scope.addEventListener('change', () => {
    localStorage.setItem(SCOPE_KEY, scope.value);
    build();
  });
  fresh.addEventListener('change', () => {
    localStorage.setItem(FRESH_KEY, fresh.checked ? '1' : '0');
    build();
  });
  submit.addEventListener('click', check);
  next.addEventListener('click', advance);
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event) || panel.hidden) return;
    const index = optionIndexOfKey(event.key);
    if (index !== undefined && !checked) {
      event.preventDefault();
      pressOption(inputs, index);
    } else if (event.key === 'Enter' && !checked && !(event.target as HTMLElement).closest('button, a')) {
      event.preventDefault();
      check();
    } else if ((event.key === 'n' || event.key === 'N') && checked) {
      event.preventDefault();
      advance();
    }
  });

  $<HTMLElement>('[data-pr-nojs]').hidden = true;
  document.querySelector<HTMLElement>('[data-pr-list]')!.hidden = true;
  $<HTMLElement>('[data-pr-app]').hidden = false;
  showWeak();
  build();
}

start();
