/**
 * The name index: every service, glossary term and domain by the names a student types ("CodeDeploy", "code dep",
 * "xray", "SCP"), small enough to fetch when the search box gets focus and to match on every keystroke, before
 * Pagefind has loaded. Built once at build time from the collections; matched in the browser by `matchNames`.
 */
import type { DomainEntry, GlossaryEntry, ServiceEntry } from '../content/entries';
import { domainHref, domainLabel, GLOSSARY_HREF, serviceHref } from '../site/navigation';
import { stripInlineMarkdown } from '../markdown/markdown-text';
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
  /** One-line summary shown under it. */
  s: string;
  /** The other names it answers to, as written (the title always counts). */
  n: string[];
}

/** The words of a name, squashed: "AWS CodeDeploy" → ["aws", "codedeploy"]. */
function words(text: string): string[] {
  return text
    .split(/[\s\-/()_:,&]+/)
    .map(squash)
    .filter((w) => w !== '');
}

/** The first sentence, cut at a word before `max` characters: a result's one-line summary. */
export function oneLine(text: string, max = 110): string {
  const plain = stripInlineMarkdown(text).replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The names besides the title, without repeats (case aside). */
function others(title: string, names: readonly string[]): string[] {
  const seen = new Set<string>([title.toLowerCase()]);
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildNameIndex(services: readonly ServiceEntry[], glossary: readonly GlossaryEntry[], domains: readonly DomainEntry[]): NameEntry[] {
  const serviceEntries = services.map<NameEntry>((s) => ({
    t: s.data.name,
    k: 'Service',
    u: serviceHref(s),
    s: oneLine(s.data.summary),
    n: others(s.data.name, [s.data.shortName, ...s.data.aliases]),
  }));
  const termEntries = glossary.map<NameEntry>((g) => {
    const title = g.data.expansion ? `${g.data.term} (${g.data.expansion})` : g.data.term;
    return {
      t: title,
      k: 'Term',
      u: `${GLOSSARY_HREF}#${g.id}`,
      s: oneLine(g.data.definition),
      n: others(title, [g.data.term, ...(g.data.expansion ? [g.data.expansion] : []), ...g.data.aliases]),
    };
  });
  const domainEntries = domains.map<NameEntry>((d) => ({
    t: domainLabel(d),
    k: 'Domain',
    u: domainHref(d),
    s: oneLine(d.data.summary),
    n: others(domainLabel(d), [d.data.title, `Domain ${d.data.number}`]),
  }));
  return [...serviceEntries, ...termEntries, ...domainEntries];
}

/**
 * How well one name answers a query, 0 for not at all: the whole name (3), the start of the name (2), or the start
 * of one of its words, the query's words in order (1). Case, spaces and hyphens never count.
 */
export function nameScore(name: string, query: string): number {
  const q = squash(query);
  if (q === '') return 0;
  const whole = squash(name);
  if (whole === q) return 3;
  if (whole.startsWith(q)) return 2;
  const ws = words(name);
  for (let i = 0; i < ws.length; i++) if (ws.slice(i).join('').startsWith(q)) return 1;
  return 0;
}

/**
 * The entries a query names, best first: by the best score of any of their names, then services before terms before
 * domains, then the shorter title. At most `limit`.
 */
export function matchNames(index: readonly NameEntry[], query: string, limit = 6): NameEntry[] {
  const kindOrder: Record<NameKind, number> = { Service: 0, Term: 1, Domain: 2 };
  return index
    .map((entry) => ({ entry, score: Math.max(...[entry.t, ...entry.n].map((name) => nameScore(name, query))) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entry.k] - kindOrder[b.entry.k] || a.entry.t.length - b.entry.t.length)
    .slice(0, limit)
    .map((m) => m.entry);
}

/** A name match as a search result, its path under the site's base path (`/dop-c02/` or `/`). */
export function toNameHit(entry: NameEntry, base: string): SearchHit {
  return { title: entry.t, url: `${base.replace(/\/$/, '')}${entry.u}`, kind: entry.k, excerpt: escapeHtml(entry.s), sections: [] };
}

/**
 * Name matches first, in their order, then the other full-text hits. A full-text hit on a page already named takes
 * that name's place, since it carries the page's matching sections and highlighted excerpt: the list grows below the
 * names without moving them and without a page twice.
 */
export function mergeHits(names: readonly SearchHit[], fullText: readonly SearchHit[]): SearchHit[] {
  const page = (url: string) => url.replace(/#.*$/, '');
  const byPage = new Map(fullText.map((h) => [page(h.url), h]));
  const named = new Set(names.map((h) => page(h.url)));
  return [...names.map((h) => byPage.get(page(h.url)) ?? h), ...fullText.filter((h) => !named.has(page(h.url)))];
}
