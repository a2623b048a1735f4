/**
 * Excerpts that show what a student reads on the page. A page's search record ends with its hidden alias text
 * ("code deploy · codedeploy · appspec …"), heavily weighted so a name ranks its page first; Pagefind would then
 * pick that text for the excerpt. These functions build the excerpt from the page's own words instead, and fall
 * back to the page's summary when only an alias matched. Same word splitting and marking as Pagefind's.
 */

/** The first word of the hidden alias text, where a page's own words end: punctuation, so Pagefind indexes no word for it. */
export const ALIAS_MARK = '⁂';
/** The alias text's ranking weight; nothing else on a page weighs as much (headings: 7 at most). */
export const ALIAS_WEIGHT = 10;

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Pagefind's words of a page: its escaped raw content, split as Pagefind splits it, so locations line up. */
export function pageWords(rawContent: string): string[] {
  return rawContent.split(WORD_SEPARATORS);
}

/** Index of the first alias word, or the word count when the page has no alias text. */
export function aliasStart(words: readonly string[]): number {
  const at = words.indexOf(ALIAS_MARK);
  return at === -1 ? words.length : at;
}

/** Start of the window of `length` words, within [from, to), that holds the most matching weight; of equal windows side by side, the middle one, so a lone match sits mid-excerpt. */
export function densestWindow(locations: readonly WeightedLocation[], length: number, from: number, to: number): number {
  const score = new Map<number, number>();
  for (const l of locations) score.set(l.location, (score.get(l.location) ?? 0) + l.balanced_score);
  let best: number[] = [from];
  let bestScore = -1;
  for (let start = from; start <= Math.max(from, to - length); start++) {
    let sum = 0;
    for (let i = start; i < Math.min(start + length, to); i++) sum += score.get(i) ?? 0;
    if (sum > bestScore) {
      bestScore = sum;
      best = [start];
    } else if (sum === bestScore && best[best.length - 1] === start - 1) best.push(start);
  }
  return best[Math.floor(best.length / 2)] ?? from;
}

/**
 * An excerpt of the words [from, to) around the given matches: about `length` words, the matches in <mark>,
 * "…" where it cuts the section. The words come escaped from Pagefind; nothing else is added but <mark>.
 */
export function excerptOf(words: readonly string[], locations: readonly WeightedLocation[], length: number, from: number, to: number): string {
  const start = densestWindow(locations, length, from, to);
  const end = Math.min(start + length, to);
  const marked = new Set(locations.map((l) => l.location));
  const text = words
    .slice(start, end)
    .map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word))
    .join(' ')
    .trim();
  return `${start > from ? '… ' : ''}${text}${end < to ? ' …' : ''}`;
}
