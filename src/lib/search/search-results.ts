/**
 * Turns Pagefind's result data into what the search box shows, so the
 * browser script stays a thin layer of DOM code over tested functions.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  title: string;
  url: string;
  /** "Service · Domain 1, Domain 3" or "Domain". */
  kind: string;
  /** Pagefind's excerpt: text with <mark> around matches (Pagefind escapes the page text). */
  excerpt: string;
  sections: PagefindSubResult[];
}

const MAX_SECTIONS = 3;

/** One hit per page, with up to three matching sections that are not the page top. */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const title = data.meta.title ?? data.url;
  const kind = [data.meta.type, data.meta.domains].filter((part) => part && part.trim() !== '').join(' · ');
  const sections = (data.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== title).slice(0, MAX_SECTIONS);
  return { title, url: data.url, kind, excerpt: data.excerpt, sections };
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

/** Ranking tuned against the query table in tests/e2e/search.spec.ts: short, exact service names beat long pages that repeat a prefix. */
export const SEARCH_RANKING = {
  termSimilarity: 6,
  termFrequency: 0.2,
  pageLength: 0.9,
  termSaturation: 1.2,
} as const;
