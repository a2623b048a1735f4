/** The name index in the browser: fetched once, when the search box is first used, and matched on every keystroke. */
import { matchNames, toNameHit, type NameEntry } from '../../lib/search/name-index';
import type { SearchHit } from '../../lib/search/search-results';

const BASE = import.meta.env.BASE_URL;
let names: NameEntry[] | undefined;
let loading: Promise<void> | undefined;

/** Starts fetching the index; resolves when it is there (or could not be had: search then waits for Pagefind alone). */
export function loadNames(): Promise<void> {
  loading ??= fetch(`${BASE.replace(/\/$/, '')}/search-names.json`)
    .then((response) => (response.ok ? (response.json() as Promise<NameEntry[]>) : []))
    .then((index) => {
      names = index;
    })
    .catch(() => undefined);
  return loading;
}

/** The names a query matches, as results, at once if the index has arrived (otherwise none yet). */
export function nameHits(query: string, limit: number): SearchHit[] {
  return names ? matchNames(names, query, limit).map((entry) => toNameHit(entry, BASE)) : [];
}
