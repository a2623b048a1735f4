/**
 * The name index in the browser: fetched once, when the search box is first used, and matched on every keystroke.
 * The names come first (all the first result needs); their one-line summaries follow in a file of their own.
 */
import { matchNames, toNameHit, type NameEntry, type NameSummaries } from '../../lib/search/name-match';
import type { SearchHit } from '../../lib/search/search-results';

const BASE = import.meta.env.BASE_URL;
let names: NameEntry[] | undefined;
let summaries: NameSummaries = {};
let loadingNames: Promise<void> | undefined;
let loadingSummaries: Promise<void> | undefined;

/** A JSON file of the site, or `fallback` if it cannot be had (search then waits for Pagefind alone). */
function fetchJson<T>(file: string, fallback: T): Promise<T> {
  return fetch(`${BASE.replace(/\/$/, '')}/${file}`)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
    .catch(() => fallback);
}

/** Starts fetching the names; resolves when they are there (or could not be had). */
export function loadNames(): Promise<void> {
  loadingNames ??= fetchJson<NameEntry[]>('search-names.json', []).then((index) => {
    names = index;
  });
  return loadingNames;
}

/** Starts fetching the summaries; resolves when they are there (or could not be had: names then show alone). */
export function loadSummaries(): Promise<void> {
  loadingSummaries ??= fetchJson<NameSummaries>('search-summaries.json', {}).then((lines) => {
    summaries = lines;
  });
  return loadingSummaries;
}

/** The names a query matches, as results, at once if the index has arrived (otherwise none yet). */
export function nameHits(query: string, limit: number): SearchHit[] {
  return names ? matchNames(names, query, limit).map((entry) => toNameHit(entry, BASE, summaries)) : [];
}
