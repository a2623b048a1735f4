/**
 * The flashcards page: one card at a time from the chosen deck, Space (or the button) to flip, 1/2/3 (or the
 * buttons) to answer; src/lib/leitner.ts decides what comes next; progress goes to localStorage, and can be
 * exported, imported and reset. Loaded by /flashcards/ only.
 */
import { ANSWERS, deckStats, nextCard, review, type Answer } from '../../lib/study/leitner';
import { emptyProgress, parseProgress, serializeProgress, type Progress } from '../../lib/study/progress';
import { CHANGE_EVENT, loadProgress, saveProgress } from './progress-store';
import type { CardsFile, RenderedCard } from '../../lib/study/flashcards';
import type { QuestionsFile } from '../../lib/practice/questions';
import { QUESTION_CARD_PREFIX } from '../../lib/practice/card-ids';

const DECK_KEY = 'dop-c02:deck';

const root = document.querySelector<HTMLElement>('[data-flashcards]');
const $ = <T extends Element>(selector: string): T => root?.querySelector<T>(selector) as T;

function relative(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${Math.max(1, minutes)} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 20) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * Practice questions the student missed are cards too (src/lib/practice/question-card.ts): fetched only when there
 * are some, added to the "All domains" deck, their domain's deck and a deck of their own.
 */
async function addMissedQuestions(data: CardsFile, byId: Map<string, RenderedCard>, cardIds: readonly string[], select: HTMLSelectElement): Promise<void> {
  // The code that makes cards of missed questions loads only when there are some.
  if (!cardIds.some((id) => id.startsWith(QUESTION_CARD_PREFIX)) || !root?.dataset.questionsUrl) return;
  let file: QuestionsFile;
  let questionCard: typeof import('../../lib/practice/question-card').questionCard;
  let missed: Set<string>;
  try {
    const [response, cards] = await Promise.all([fetch(root.dataset.questionsUrl), import('../../lib/practice/question-card')]);
    file = (await response.json()) as QuestionsFile;
    questionCard = cards.questionCard;
    missed = new Set(cardIds.map(cards.questionIdOfCard).filter((id) => id !== undefined));
  } catch {
    return;
  }
  const practice = root.dataset.practiceUrl ?? '';
  const cards = file.questions.filter((q) => missed.has(q.id)).map((q) => ({ q, card: questionCard(q, `${practice}#q-${q.id}`) }));
  if (cards.length === 0) return;
  for (const { q, card } of cards) {
    byId.set(card.id, card);
    for (const deck of data.decks) if (deck.id === 'all' || deck.id === `domain-${q.domain}`) deck.cards.push(card.id);
  }
  data.decks.push({ id: 'missed', title: 'Missed practice questions', href: practice, cards: cards.map((c) => c.card.id) });
  select.append(new Option(`Missed practice questions (${cards.length})`, 'missed'));
}

async function start(): Promise<void> {
  if (!root) return;
  const response = await fetch(root.dataset.cardsUrl ?? '');
  const data = (await response.json()) as CardsFile;
  const byId = new Map<string, RenderedCard>(data.cards.map((c) => [c.id, c]));

  const deckSelect = $<HTMLSelectElement>('[data-fc-deck]');
  const stats = $<HTMLElement>('[data-fc-stats]');
  const cardEl = $<HTMLElement>('[data-fc-card]');
  const kind = $<HTMLElement>('[data-fc-kind]');
  const front = $<HTMLElement>('[data-fc-front]');
  const back = $<HTMLElement>('[data-fc-back]');
  const sourceLine = $<HTMLElement>('[data-fc-source-line]');
  const source = $<HTMLAnchorElement>('[data-fc-source]');
  const controls = $<HTMLElement>('[data-fc-controls]');
  const flip = $<HTMLButtonElement>('[data-fc-flip]');
  const answers = $<HTMLElement>('[data-fc-answers]');
  const done = $<HTMLElement>('[data-fc-done]');
  const message = $<HTMLElement>('[data-fc-message]');

  let { progress, warning } = loadProgress();
  if (warning) message.textContent = warning;
  await addMissedQuestions(data, byId, Object.keys(progress.cards), deckSelect);
  let current: string | undefined;
  let last: string | undefined;
  let flipped = false;

  const storedDeck = localStorage.getItem(DECK_KEY);
  if (storedDeck && data.decks.some((d) => d.id === storedDeck)) deckSelect.value = storedDeck;
  const deck = () => data.decks.find((d) => d.id === deckSelect.value) ?? data.decks[0]!;

  function showStats(): void {
    const s = deckStats(deck().cards, progress.cards, Date.now());
    stats.textContent = `${deck().title}: ${s.total} cards · ${s.fresh} new · ${s.learning} learning · ${s.known} known · ${s.due} due`;
  }

  function show(): void {
    const queue = nextCard(deck().cards, progress.cards, Date.now(), last);
    current = queue.next;
    flipped = false;
    showStats();
    const card = current ? byId.get(current) : undefined;
    cardEl.hidden = controls.hidden = !card;
    done.hidden = !!card;
    if (!card) {
      done.textContent =
        queue.nextDue !== undefined ? `All caught up with this deck. The next card is due in ${relative(queue.nextDue - Date.now())}.` : 'This deck is empty.';
      return;
    }
    kind.textContent = card.label;
    front.innerHTML = card.front;
    back.innerHTML = card.back.map((line) => `<p>${line}</p>`).join('');
    back.hidden = true;
    sourceLine.hidden = true;
    source.href = card.source.href;
    source.textContent = card.source.title;
    flip.hidden = false;
    answers.hidden = true;
  }

  function turn(): void {
    if (!current || flipped) return;
    flipped = true;
    back.hidden = false;
    sourceLine.hidden = false;
    flip.hidden = true;
    answers.hidden = false;
    answers.querySelector<HTMLButtonElement>('[data-answer="good"]')?.focus();
  }

  function answer(a: Answer): void {
    if (!current || !flipped) return;
    progress = loadProgress().progress;
    progress.cards[current] = review(progress.cards[current], a, Date.now());
    saveProgress(progress);
    last = current;
    show();
    if (!flip.hidden) flip.focus();
  }

  deckSelect.addEventListener('change', () => {
    localStorage.setItem(DECK_KEY, deckSelect.value);
    last = undefined;
    show();
  });
  flip.addEventListener('click', turn);
  for (const button of answers.querySelectorAll<HTMLButtonElement>('[data-answer]')) {
    button.addEventListener('click', () => answer(button.dataset.answer as Answer));
  }
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, summary, details')) return;
    if (event.key === ' ' && (!target.closest('button, a') || target === flip)) {
      event.preventDefault();
      turn();
    } else if (['1', '2', '3'].includes(event.key) && flipped) {
      event.preventDefault();
      answer(ANSWERS[Number(event.key) - 1] as Answer);
    }
  });

  // Export, import, reset: the student's data never leaves the browser except as a file they save.
  $<HTMLButtonElement>('[data-fc-export]').addEventListener('click', () => {
    const blob = new Blob([serializeProgress(loadProgress().progress, Date.now())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `dop-c02-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    message.textContent = 'Progress exported.';
  });
  $<HTMLInputElement>('[data-fc-import]').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseProgress(await file.text());
    if (!parsed.ok) {
      message.textContent = `Not imported: ${parsed.error}. Your progress is unchanged.`;
      return;
    }
    progress = parsed.progress;
    saveProgress(progress);
    last = undefined;
    show();
    const answered = Object.keys(progress.practice.answers).length;
    message.textContent = `Imported ${Object.keys(progress.cards).length} cards, ${Object.keys(progress.studied).length} studied pages, ${answered} practice questions and ${progress.practice.exams.length} mock exams.`;
  });
  $<HTMLButtonElement>('[data-fc-reset]').addEventListener('click', () => {
    if (!window.confirm('Reset all progress (cards, studied pages, practice answers and mock exams) in this browser? Export it first if you want to keep it.'))
      return;
    progress = emptyProgress() as Progress;
    saveProgress(progress);
    last = undefined;
    show();
    message.textContent = 'Progress reset.';
  });
  document.addEventListener(CHANGE_EVENT, showStats);

  $<HTMLElement>('[data-fc-nojs]').hidden = true;
  $<HTMLElement>('[data-fc-app]').hidden = false;
  show();
}

void start();
