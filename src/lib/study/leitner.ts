/**
 * Spaced repetition with Leitner boxes. A card starts in box 1; "good" moves it up a box, "hard" keeps it
 * where it is and brings it back sooner, "again" sends it to box 1 and back within the session. Each box has
 * an interval before the card is due again. Pure: time comes in as `now` (ms since the epoch).
 */

import { BOXES } from './boxes';

export { BOXES };
export type Answer = 'again' | 'hard' | 'good';
export const ANSWERS: readonly Answer[] = ['again', 'hard', 'good'];

export interface CardState {
  /** 1 (learning) … 5 (known). */
  box: number;
  /** When the card is next due (ms since the epoch). */
  due: number;
  /** How many times it was answered, and how many of those were "again". */
  reviews: number;
  lapses: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Wait after a "good" answer that puts the card in box n (index n - 1): the classic Leitner spacing. */
export const BOX_INTERVALS = [1 * DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY] as const;
/** An "again" card comes back within the same session, after the cards waiting before it. */
export const AGAIN_DELAY = 1 * MINUTE;
/** When nothing is due and nothing is new, cards due within this time are shown now (the end of a session). */
export const LEARN_AHEAD = 20 * MINUTE;

const intervalOf = (box: number): number => BOX_INTERVALS[Math.min(BOXES, Math.max(1, box)) - 1] as number;

/** The state of a card after an answer. */
export function review(state: CardState | undefined, answer: Answer, now: number): CardState {
  const box = state?.box ?? 0;
  const reviews = (state?.reviews ?? 0) + 1;
  const lapses = (state?.lapses ?? 0) + (answer === 'again' ? 1 : 0);
  if (answer === 'again') return { box: 1, due: now + AGAIN_DELAY, reviews, lapses };
  if (answer === 'hard') {
    const stay = Math.max(1, box);
    return { box: stay, due: now + Math.round(intervalOf(stay) / 2), reviews, lapses };
  }
  const up = Math.min(BOXES, box + 1);
  return { box: up, due: now + intervalOf(up), reviews, lapses };
}

export interface Queue {
  /** The card to show now, or undefined when nothing is due and nothing is new. */
  next: string | undefined;
  /** Cards due now (seen before, due time passed). */
  due: number;
  /** Cards never answered. */
  fresh: number;
  /** When the next card falls due, if nothing is due now. */
  nextDue: number | undefined;
}

/**
 * What comes next: the most overdue card that is due, else the first new card in deck order, else a card
 * answered "again" a moment ago (due within LEARN_AHEAD), else nothing. `skip` is the card just shown, so it
 * does not come straight back while others wait.
 */
export function nextCard(deck: readonly string[], states: Readonly<Record<string, CardState>>, now: number, skip?: string): Queue {
  let due = 0;
  let fresh = 0;
  let best: { id: string; due: number } | undefined;
  let firstNew: string | undefined;
  let nextDue: number | undefined;
  for (const id of deck) {
    const s = states[id];
    if (!s) {
      fresh++;
      if (firstNew === undefined && id !== skip) firstNew = id;
      continue;
    }
    if (s.due <= now) {
      due++;
      if (id !== skip && (!best || s.due < best.due)) best = { id, due: s.due };
    } else if (nextDue === undefined || s.due < nextDue) nextDue = s.due;
  }
  let next = best?.id ?? firstNew;
  if (next === undefined) {
    // Learn ahead: the soonest card due within the session window, other than the one just shown if possible.
    const soon = deck
      .filter((id) => states[id] !== undefined && (states[id]?.due ?? Infinity) <= now + LEARN_AHEAD)
      .sort((a, b) => (states[a]?.due ?? 0) - (states[b]?.due ?? 0));
    next = soon.find((id) => id !== skip) ?? soon[0];
  }
  // Only the skipped card is left and it is new: show it rather than nothing.
  if (next === undefined && skip !== undefined && deck.includes(skip) && states[skip] === undefined) next = skip;
  return { next, due, fresh, nextDue: next === undefined ? nextDue : undefined };
}

export interface DeckStats {
  total: number;
  fresh: number;
  learning: number;
  /** In the top box. */
  known: number;
  due: number;
}

export function deckStats(deck: readonly string[], states: Readonly<Record<string, CardState>>, now: number): DeckStats {
  const stats: DeckStats = { total: deck.length, fresh: 0, learning: 0, known: 0, due: 0 };
  for (const id of deck) {
    const s = states[id];
    if (!s) stats.fresh++;
    else {
      if (s.box >= BOXES) stats.known++;
      else stats.learning++;
      if (s.due <= now) stats.due++;
    }
  }
  return stats;
}
