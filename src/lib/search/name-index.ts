/**
 * The name index: every service, glossary term and domain by the names a student types ("CodeDeploy", "code dep",
 * "xray", "SCP"), small enough to fetch when the search box gets focus and to match on every keystroke, before
 * Pagefind has loaded. Built once at build time from the collections (here); matched in the browser by
 * `matchNames` in `name-match.ts`.
 */
import type { DomainEntry, GlossaryEntry, ServiceEntry } from '../content/entries';
import { domainHref, domainLabel, GLOSSARY_HREF, serviceHref } from '../site/navigation';
import { stripInlineMarkdown } from '../markdown/markdown-text';
import type { NameEntry, NameSummaries } from './name-match';

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

/** The name index: the names (`/search-names.json`, what the first result needs) and their one-line summaries. */
export interface NameIndex {
  names: NameEntry[];
  summaries: NameSummaries;
}

/**
 * Every service by its name, short name and aliases (its topics are left to the full-text search), every glossary
 * term by its spellings, every domain by its number and title.
 */
export function buildNameIndex(services: readonly ServiceEntry[], glossary: readonly GlossaryEntry[], domains: readonly DomainEntry[]): NameIndex {
  const entries: (NameEntry & { summary: string })[] = [
    ...services.map((s) => ({
      t: s.data.name,
      k: 'Service' as const,
      u: serviceHref(s),
      summary: s.data.summary,
      n: others(s.data.name, [s.data.shortName, ...s.data.aliases]),
    })),
    ...glossary.map((g) => {
      const title = g.data.expansion ? `${g.data.term} (${g.data.expansion})` : g.data.term;
      return {
        t: title,
        k: 'Term' as const,
        u: `${GLOSSARY_HREF}#${g.id}`,
        summary: g.data.definition,
        n: others(title, [g.data.term, ...(g.data.expansion ? [g.data.expansion] : []), ...g.data.aliases]),
      };
    }),
    ...domains.map((d) => ({
      t: domainLabel(d),
      k: 'Domain' as const,
      u: domainHref(d),
      summary: d.data.summary,
      n: others(domainLabel(d), [d.data.title, `Domain ${d.data.number}`]),
    })),
  ];
  return {
    names: entries.map(({ t, k, u, n }) => ({ t, k, u, n })),
    summaries: Object.fromEntries(entries.map((e) => [e.u, oneLine(e.summary)])),
  };
}
