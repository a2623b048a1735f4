/**
 * The search box's behaviour: loads Pagefind on first use, searches as the
 * student types, and drives an ARIA combobox (arrows move, Enter opens,
 * Escape closes). Loaded on demand by the header's small stub.
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders hits as options of a listbox (or a plain list on the search page). Excerpts are Pagefind's escaped HTML with <mark>. */
export function renderHits(list: HTMLElement, hits: SearchHit[], idPrefix: string, asOptions: boolean): HTMLElement[] {
  list.replaceChildren();
  const options: HTMLElement[] = [];
  const addOption = (href: string, build: (a: HTMLAnchorElement) => void, className: string) => {
    const li = el('li', className);
    const a = el('a', 'hit-link');
    a.href = href;
    build(a);
    li.append(a);
    if (asOptions) {
      // The link itself is the option, so no interactive element sits inside another.
      li.setAttribute('role', 'none');
      a.setAttribute('role', 'option');
      a.id = `${idPrefix}-${options.length}`;
      a.setAttribute('aria-selected', 'false');
      a.tabIndex = -1;
      options.push(a);
    } else options.push(li);
    list.append(li);
  };
  for (const hit of hits) {
    addOption(
      hit.url,
      (a) => {
        a.append(el('span', 'hit-title', hit.title));
        if (hit.kind) a.append(el('span', 'hit-kind', hit.kind));
        const excerpt = el('span', 'hit-excerpt');
        excerpt.innerHTML = hit.excerpt;
        a.append(excerpt);
      },
      'hit',
    );
    for (const section of hit.sections) {
      addOption(
        section.url,
        (a) => {
          a.append(el('span', 'hit-title', section.title));
          const excerpt = el('span', 'hit-excerpt');
          excerpt.innerHTML = section.excerpt;
          a.append(excerpt);
        },
        'hit hit-section',
      );
    }
  }
  return options;
}

export const NO_RESULTS = 'No results. Try a service name or an acronym, or browse the services A–Z.';
export const NEEDS_BUILD = 'Search needs the built index: run `npm run build` once (or `npm start`).';
