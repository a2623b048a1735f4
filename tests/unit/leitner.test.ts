import { describe, expect, it } from 'vitest';
import { AGAIN_DELAY, BOX_INTERVALS, deckStats, nextCard, review, type CardState } from '../../src/lib/study/leitner';

const T = 1_000_000_000_000;

describe('review', () => {
  it('moves a card up a box on "good", with that box’s interval', () => {
    const first = review(undefined, 'good', T);
    expect(first).toEqual({ box: 1, due: T + BOX_INTERVALS[0], reviews: 1, lapses: 0 });
    const second = review(first, 'good', T + 1);
    expect(second).toMatchObject({ box: 2, due: T + 1 + BOX_INTERVALS[1], reviews: 2 });
    let s: CardState = second;
    for (let i = 0; i < 10; i++) s = review(s, 'good', T);
    expect(s.box).toBe(5);
  });
  it('sends a card back to box 1 within the session on "again", counting the lapse', () => {
    const s = review({ box: 4, due: T, reviews: 5, lapses: 0 }, 'again', T);
    expect(s).toEqual({ box: 1, due: T + AGAIN_DELAY, reviews: 6, lapses: 1 });
  });
  it('keeps a card in its box on "hard", and brings it back sooner than "good" would', () => {
    const s = review({ box: 3, due: T, reviews: 2, lapses: 0 }, 'hard', T);
    expect(s.box).toBe(3);
    expect(s.due - T).toBe(BOX_INTERVALS[2] / 2);
    expect(review(undefined, 'hard', T).box).toBe(1);
  });
});

describe('nextCard', () => {
  const deck = ['a', 'b', 'c'];
  it('shows new cards in deck order when nothing is due', () => {
    expect(nextCard(deck, {}, T)).toEqual({ next: 'a', due: 0, fresh: 3, nextDue: undefined });
  });
  it('shows the most overdue card before any new card', () => {
    const states = { b: { box: 1, due: T - 10, reviews: 1, lapses: 0 }, c: { box: 2, due: T - 100, reviews: 1, lapses: 0 } };
    expect(nextCard(deck, states, T).next).toBe('c');
  });
  it('does not repeat the card just shown while another waits', () => {
    const states = { a: { box: 1, due: T - 1, reviews: 1, lapses: 1 } };
    expect(nextCard(deck, states, T, 'a').next).toBe('b');
    expect(nextCard(['a'], states, T, 'a').next).toBe('a');
  });
  it('says when the next card falls due once the deck is done for now', () => {
    const DAY = 86_400_000;
    const states = { a: { box: 1, due: T + 2 * DAY, reviews: 1, lapses: 0 }, b: { box: 2, due: T + DAY, reviews: 1, lapses: 0 } };
    expect(nextCard(['a', 'b'], states, T)).toEqual({ next: undefined, due: 0, fresh: 0, nextDue: T + DAY });
  });
  it('an "again" card comes back after the others of a session', () => {
    let states: Record<string, CardState> = {};
    const shown: string[] = [];
    let now = T;
    let last: string | undefined;
    for (let i = 0; i < 5; i++) {
      const { next } = nextCard(['a', 'b', 'c'], states, now, last);
      if (!next) break;
      shown.push(next);
      states = { ...states, [next]: review(states[next], next === 'a' && !shown.slice(0, -1).includes('a') ? 'again' : 'good', now) };
      last = next;
      now += 10_000;
    }
    // a (again), b, c (good: due tomorrow), then a comes back early, within the session; then the session ends.
    expect(shown).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('deckStats', () => {
  it('counts new, learning, known and due cards', () => {
    const states = { a: { box: 5, due: T + 1, reviews: 5, lapses: 0 }, b: { box: 2, due: T - 1, reviews: 2, lapses: 0 } };
    expect(deckStats(['a', 'b', 'c'], states, T)).toEqual({ total: 3, fresh: 1, learning: 1, known: 1, due: 1 });
  });
});
