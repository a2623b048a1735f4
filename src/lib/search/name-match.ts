/**
 * Matching names in the browser: what the search box runs on every keystroke over `/search-names.json` (built by
 * `name-index.ts`). Imports nothing but the squash and escape helpers, so the code a search needs before its first
 * result stays a few kB (the build half pulls in the content schemas).
 */
import { escapeHtml } from '../markdown/escape';
import type { SearchHit } from './search-results';
import { squash } from './squash';

export type NameKind = 'Service' | 'Term' | 'Domain';

/** One thing a name can lead to. Short keys keep the fetched file small. */
export interface NameEntry {
  /** Title shown as the result. */
  t: string;
  /** Kind shown beside it. */
  k: NameKind;
  /** Site path (without the base path). */
  u: string;
  /** The other names it answers to, as written (the title always counts). */
  n: string[];
}

/**
 * One-line summaries by site path, in a file of their own (`/search-summaries.json`): fetched beside the names, but
 * the first result does not wait for them (a name shows without its line until they arrive).
 */
export type NameSummaries = Record<string, string>;

/** The words of a name, squashed: "AWS CodeDeploy" → ["aws", "codedeploy"]. */
function words(text: string): string[] {
  return text
    .split(/[\s\-/()_:,&]+/)
    .map(squash)
    .filter((w) => w !== '');
}

/** A name made ready for matching: its squashed whole, and where each of its words starts in it. */
interface PreparedName {
  whole: string;
  starts: number[];
}

function prepare(name: string): PreparedName {
  const ws = words(name);
  const starts: number[] = [];
  let at = 0;
  for (const w of ws) {
    starts.push(at);
    at += w.length;
  }
  return { whole: ws.join(''), starts };
}

/** The score of a prepared name for a squashed, non-empty query. */
function score(name: PreparedName, q: string): number {
  if (name.whole === q) return 3;
  if (name.whole.startsWith(q)) return 2;
  return name.starts.some((at) => name.whole.startsWith(q, at)) ? 1 : 0;
}

/**
 * How well one name answers a query, 0 for not at all: the whole name (3), the start of the name (2), or the start
 * of one of its words, the query's words in order (1). Case, spaces and hyphens never count.
 */
export function nameScore(name: string, query: string): number {
  const q = squash(query);
  return q === '' ? 0 : score(prepare(name), q);
}

/** Each entry's names, prepared once (the index is matched on every keystroke). */
const prepared = new WeakMap<NameEntry, PreparedName[]>();
function preparedNames(entry: NameEntry): PreparedName[] {
  let names = prepared.get(entry);
  if (!names) {
    names = [entry.t, ...entry.n].map(prepare);
    prepared.set(entry, names);
  }
  return names;
}

/**
 * The entries a query names, best first: by the best score of any of their names, then services before terms before
 * domains, then the shorter title. At most `limit`.
 */
export function matchNames(index: readonly NameEntry[], query: string, limit = 6): NameEntry[] {
  const q = squash(query);
  if (q === '') return [];
  const kindOrder: Record<NameKind, number> = { Service: 0, Term: 1, Domain: 2 };
  return index
    .map((entry) => ({ entry, score: Math.max(...preparedNames(entry).map((name) => score(name, q))) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entry.k] - kindOrder[b.entry.k] || a.entry.t.length - b.entry.t.length)
    .slice(0, limit)
    .map((m) => m.entry);
}

/** A name match as a search result, its path under the site's base path (`/dop-c02/` or `/`), with its summary if known. */
export function toNameHit(entry: NameEntry, base: string, summaries: NameSummaries = {}): SearchHit {
  return { title: entry.t, url: `${base.replace(/\/$/, '')}${entry.u}`, kind: entry.k, excerpt: escapeHtml(summaries[entry.u] ?? ''), sections: [] };
}

/**
 * Name matches first, in their order, then the other full-text hits. A full-text hit on a page already named takes
 * that name's place, since it carries the page's matching sections and highlighted excerpt: the list grows below the
 * names without moving them and without a page twice. A name that leads into a page (a glossary term,
 * `/glossary/#rpo`) keeps its place instead: it goes straight to its definition, and the page it sits on is not
 * listed again.
 */
export function mergeHits(names: readonly SearchHit[], fullText: readonly SearchHit[]): SearchHit[] {
  const page = (url: string) => url.replace(/#.*$/, '');
  const byPage = new Map(fullText.map((h) => [page(h.url), h]));
  const named = new Set(names.map((h) => page(h.url)));
  return [...names.map((h) => (h.url === page(h.url) ? (byPage.get(h.url) ?? h) : h)), ...fullText.filter((h) => !named.has(page(h.url)))];
}
