/**
 * Which notes mention which service, computed from the collections: the
 * backlinks on a service page and the "what the notes say" excerpts of services
 * that have no study sheet of their own. Nothing here is typed by hand.
 */
import type { DomainEntry, ServiceEntry } from './entries';
import { cellParts, parseBody, type Heading } from '../markdown/mdx-blocks';
import { splitSentences, stripInlineMarkdown } from '../markdown/markdown-text';
import { escapeRegExp } from '../markdown/escape';
import { domainSource, noteSources, sourceLink, type NoteInputs, type SourceKind, type SourceLink } from './note-sources';
import { DOMAIN_SECTIONS } from '../site/domain-page';

export type { SourceKind };
/** The note a mention or a correction stands in. */
export type MentionSource = SourceLink;

export interface Mention {
  serviceId: string;
  source: MentionSource;
  heading: Heading | null;
  /** The mentioning text as inline Markdown: the sentences of a line that mention the service, or for a table row its first cell and the matching parts. */
  excerpt: string;
}

/** The exact words that count as a mention of a service, longest first. */
export function mentionTerms(service: ServiceEntry): string[] {
  const { name, shortName, aliases, terms: topics, mentionedAs } = service.data;
  const terms = mentionedAs ?? [name, shortName, ...aliases, ...topics];
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** One case-sensitive pattern per service; a term must stand as whole words. */
export function mentionPattern(service: ServiceEntry): RegExp {
  const alternatives = mentionTerms(service).map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\w-])(?:${alternatives})(?![\\w-])`);
}

export function mentionsService(text: string, pattern: RegExp): boolean {
  return pattern.test(stripInlineMarkdown(text));
}

/** For a line of text: the sentences that mention the service (the whole line when it is one sentence or all mention it). */
export function lineExcerpt(text: string, pattern: RegExp): string {
  const sentences = splitSentences(text);
  if (sentences.every((s) => mentionsService(s, pattern))) return text;
  const parts: string[] = [];
  let next = 0; // the sentence after the last one kept
  sentences.forEach((sentence, i) => {
    if (!mentionsService(sentence, pattern)) return;
    if (i > next) parts.push('…');
    parts.push(sentence);
    next = i + 1;
  });
  if (parts.length === 0) return text;
  if (next < sentences.length) parts.push('…');
  return parts.join(' ');
}

/** For a table row: its first cell, then the parts of other cells that mention the service. */
function tableExcerpt(cells: string[], pattern: RegExp): string {
  const [first = '', ...rest] = cells;
  const parts = rest.flatMap(cellParts).filter((part) => mentionsService(part, pattern));
  const head = stripInlineMarkdown(first);
  if (parts.length === 0) return head;
  const found = parts.join(' · ');
  return head ? `**${head}** — ${found}` : found;
}

export type MentionInputs = NoteInputs;

/** Every line of every note that mentions a service other than the note's own subject. */
export function findMentions(inputs: MentionInputs): Mention[] {
  const patterns = inputs.services.map((s) => ({ id: s.id, pattern: mentionPattern(s) }));
  const mentions: Mention[] = [];
  for (const note of noteSources(inputs)) {
    const source = sourceLink(note);
    // A domain's key concepts live in its frontmatter and show under their own heading.
    const keyConcepts = note.kind === 'domain' ? note.entry.data.keyConcepts.flatMap((k) => k.points.map((p) => `${k.title}: ${p}`)) : [];
    const lines = [
      ...keyConcepts.map((text) => ({ cells: [text], kind: 'item' as const, heading: DOMAIN_SECTIONS.keyConcepts })),
      ...parseBody(note.body).lines,
    ];
    for (const { id, pattern } of patterns) {
      if (source.kind === 'service' && source.id === id) continue;
      for (const line of lines) {
        const text = line.cells.join(' ');
        if (!mentionsService(text, pattern)) continue;
        const excerpt = line.kind === 'table-row' ? tableExcerpt(line.cells, pattern) : lineExcerpt(line.cells[0] ?? '', pattern);
        mentions.push({ serviceId: id, source, heading: line.heading, excerpt });
      }
    }
  }
  return mentions;
}

export interface BacklinkGroup {
  source: MentionSource;
  /** Mentions in page order, grouped under their heading. */
  sections: { heading: Heading | null; excerpts: string[] }[];
}

/** The mentions of one service, grouped by the page and section they come from (domains first). */
export function backlinksFor(serviceId: string, mentions: Mention[], coreOf: DomainEntry[] = [], services: ServiceEntry[] = []): BacklinkGroup[] {
  const groups = new Map<string, BacklinkGroup>();
  const order: SourceKind[] = ['domain', 'service', 'page'];
  const service = services.find((s) => s.id === serviceId);
  for (const domain of coreOf) {
    const core = domain.data.coreServices.find((c) => c.service.id === serviceId || c.with.some((w) => w.id === serviceId));
    if (!core) continue;
    const main = services.find((s) => s.id === core.service.id);
    const line = core.note ?? main?.data.summary;
    const label = core.label ?? main?.data.name ?? service?.data.name;
    groups.set(`domain:${domain.id}`, {
      source: sourceLink(domainSource(domain)),
      sections: [{ heading: DOMAIN_SECTIONS.coreServices, excerpts: line && label ? [`**${label}**: ${line}`] : [] }],
    });
  }
  for (const m of mentions) {
    if (m.serviceId !== serviceId) continue;
    const key = `${m.source.kind}:${m.source.id}`;
    const group = groups.get(key) ?? { source: m.source, sections: [] };
    groups.set(key, group);
    const last = group.sections.find((s) => s.heading?.id === m.heading?.id);
    if (last) {
      if (!last.excerpts.includes(m.excerpt)) last.excerpts.push(m.excerpt);
    } else group.sections.push({ heading: m.heading, excerpts: [m.excerpt] });
  }
  return [...groups.values()].sort(
    (a, b) => order.indexOf(a.source.kind) - order.indexOf(b.source.kind) || a.source.href.localeCompare(b.source.href, 'en', { numeric: true }),
  );
}
