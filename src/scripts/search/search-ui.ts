/**
 * The full-text search: loads Pagefind on first use, preloads what a query needs while the student types, and
 * turns its results into hits. Loaded on demand (the header box imports it when it first gets focus).
 */
import {
  EXCERPT_WORDS,
  SEARCH_RANKING,
  toPagefindFilters,
  toSearchHit,
  exactNamesFirst,
  type PagefindResultData,
  type SearchFilters,
  type SearchHit,
} from '../../lib/search/search-results';

interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(q: string, o: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's JS and index come only when a student starts searching. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ ranking: SEARCH_RANKING, excerptLength: EXCERPT_WORDS, baseUrl: import.meta.env.BASE_URL });
    // Fetch and compile the WebAssembly now, while the student is still typing.
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** Starts fetching the index chunks for a query while the debounce waits. */
export function preloadQuery(query: string): void {
  if (query.trim() === '') return;
  loadPagefind()
    .then((pf) => pf.preload(query))
    .catch(() => undefined);
}

export async function runSearch(query: string, filters: SearchFilters, limit: number): Promise<{ hits: SearchHit[]; total: number } | null> {
  const pf = await loadPagefind();
  const found = await pf.search(query, { filters: toPagefindFilters(filters) });
  if (!found) return null; // a newer search superseded this one
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const hits = exactNamesFirst(data, query).map(toSearchHit);
  return { hits, total: found.results.length };
}
