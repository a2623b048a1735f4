/**
 * Turns Pagefind's result data into what the search box shows, so the
 * browser script stays a thin layer of DOM code over tested functions.
 */
import { escapeHtml } from '../markdown/escape';
import { ALIAS_MARK, aliasStart, excerptOf, pageWords, type WeightedLocation } from './excerpts';
import { squash } from './squash';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: WeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** The page's text, HTML-escaped by Pagefind; its words are what locations count. */
  raw_content?: string;
  weighted_locations?: WeightedLocation[];
  /** Headings with ids, and the word each starts at. */
  anchors?: { id: string; location: number }[];
}

export interface SearchHit {
  title: string;
  url: string;
  /** "Service · Domain 1, Domain 3" or "Domain". */
  kind: string;
  /** Text with <mark> around matches (the page's words, escaped by Pagefind, or its escaped summary). */
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

const MAX_SECTIONS = 3;
export const EXCERPT_WORDS = 24;

/**
 * One hit per page, with up to three matching sections that are not the page top. Excerpts come from the page's
 * own words, never from its hidden alias text: a match found only in the aliases shows the page's summary, and a
 * section matched only there is left out.
 */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title ?? data.url;
  const kind = [data.meta.type, data.meta.domains].filter((part) => part && part.trim() !== '').join(' · ');
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== title);
  if (data.raw_content === undefined) return { title, url: data.url, kind, excerpt: data.excerpt, sections: sections.slice(0, MAX_SECTIONS) };

  const words = pageWords(data.raw_content);
  const end = aliasStart(words);
  const own = (locations: WeightedLocation[] = []) => locations.filter((l) => l.location < end);
  const pageMatches = own(data.weighted_locations);
  const excerpt = pageMatches.length > 0 ? excerptOf(words, pageMatches, EXCERPT_WORDS, 0, end) : escapeHtml(data.meta.summary ?? '') || data.excerpt;

  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  // The sections that match best come first: a section titled with the query beats one that mentions it in passing.
  const score = (s: PagefindSubResult) => own(s.weighted_locations).reduce((sum, l) => sum + l.balanced_score, 0);
  const ranked = [...sections].sort((a, b) => score(b) - score(a));
  const shown = ranked.flatMap((s) => {
    const all = s.weighted_locations ?? [];
    const mine = own(all);
    if (all.length > 0 && mine.length === 0) return [];
    if (mine.length === 0) return [{ title: s.title, url: s.url, excerpt: s.excerpt }];
    // Pagefind's own excerpt can run on past the section's last word into the alias text, so it is always rebuilt.
    const id = decodeURIComponent(s.url.slice(s.url.indexOf('#') + 1));
    const from = anchors.find((a) => a.id === id)?.location ?? Math.min(...mine.map((l) => l.location));
    const next = anchors.find((a) => a.location > from)?.location ?? end;
    return [{ title: s.title, url: s.url, excerpt: excerptOf(words, mine, EXCERPT_WORDS, from, Math.min(next, end)) }];
  });
  return { title, url: data.url, kind, excerpt, sections: shown.slice(0, MAX_SECTIONS) };
}

/** The names a page answers to: its title and every term of its hidden alias text (after the mark, " · "-separated). */
export function pageNames(data: Pick<PagefindResultData, 'meta' | 'raw_content'>): string[] {
  const names = data.meta.title ? [data.meta.title] : [];
  const raw = data.raw_content ?? '';
  const at = raw.indexOf(ALIAS_MARK);
  if (at !== -1) names.push(...raw.slice(at + ALIAS_MARK.length).split('·'));
  return names.map(squash).filter((n) => n !== '');
}

/**
 * Pagefind ranks words, not phrases: "Session Manager" can score a page full of "session" above the page named
 * Session Manager. Of the results fetched, those whose title or an alias is exactly the query move to the front,
 * in Pagefind's order; the rest keep theirs. Names compare squashed (case, spaces, hyphens aside), as in the name index.
 */
export function exactNamesFirst<T extends Pick<PagefindResultData, 'meta' | 'raw_content'>>(results: readonly T[], query: string): T[] {
  const wanted = squash(query);
  if (wanted === '') return [...results];
  const exact = results.filter((r) => pageNames(r).includes(wanted));
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}

export interface SearchFilters {
  type?: string | undefined;
  domain?: string | undefined;
}

/** Pagefind filter object from the UI's selects; empty choices mean "any". */
export function toPagefindFilters(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.type) out.type = filters.type;
  if (filters.domain) out.domain = filters.domain;
  return out;
}

/** The query and filters a /search/ URL carries. */
export function readSearchParams(search: string): { query: string } & SearchFilters {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').trim(),
    type: params.get('type') ?? undefined,
    domain: params.get('domain') ?? undefined,
  };
}

export function writeSearchParams(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.type) params.set('type', filters.type);
  if (filters.domain) params.set('domain', filters.domain);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Ranking tuned against the query table in tests/e2e/search.spec.ts: short, exact service names beat long pages that
 * repeat a prefix, and a long study sheet is not outranked by a short page that only mentions its subject.
 */
export const SEARCH_RANKING = {
  termSimilarity: 6,
  termFrequency: 0.4,
  pageLength: 0.6,
  termSaturation: 1.4,
} as const;
