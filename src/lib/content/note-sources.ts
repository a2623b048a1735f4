/**
 * Where the notes' text comes from: every domain, service and standalone page, with its title, link and body.
 * The cheat sheet, the flashcards, the mentions and the corrections all read the notes through this one list.
 */
import type { DomainEntry, PageEntry, ServiceEntry } from './entries';
import { domainHref, domainLabel, pageHref, serviceHref } from '../site/navigation';
import { findMarkedBlocks, type MarkedBlock } from '../markdown/sheet-blocks';

interface SourceBase {
  id: string;
  /** As a link's text: "Domain 1: SDLC Automation", "AWS CodeDeploy". */
  title: string;
  /** Site path, without the base path. */
  href: string;
  /** Ids of the domains the note belongs to, its main domain first; none for a standalone page. */
  domainIds: string[];
  /** The raw MDX body. */
  body: string;
}

export type NoteSource =
  | (SourceBase & { kind: 'domain'; entry: DomainEntry })
  | (SourceBase & { kind: 'service'; entry: ServiceEntry })
  | (SourceBase & { kind: 'page'; entry: PageEntry });

export type SourceKind = NoteSource['kind'];

/** What a link back to a note needs. */
export type SourceLink = Pick<NoteSource, 'kind' | 'id' | 'title' | 'href'>;

export interface NoteInputs {
  domains: readonly DomainEntry[];
  services: readonly ServiceEntry[];
  pages?: readonly PageEntry[] | undefined;
}

export function domainSource(d: DomainEntry): NoteSource {
  return { kind: 'domain', entry: d, id: d.id, title: domainLabel(d), href: domainHref(d), domainIds: [d.id], body: d.body ?? '' };
}

export function serviceSource(s: ServiceEntry): NoteSource {
  return { kind: 'service', entry: s, id: s.id, title: s.data.name, href: serviceHref(s), domainIds: s.data.domains.map((r) => r.id), body: s.body ?? '' };
}

export function pageSource(p: PageEntry): NoteSource {
  return { kind: 'page', entry: p, id: p.id, title: p.data.title, href: pageHref(p), domainIds: [], body: p.body ?? '' };
}

/** Every note, in reading order: domains, then services, then standalone pages. */
export function noteSources(inputs: NoteInputs): NoteSource[] {
  return [...inputs.domains.map(domainSource), ...inputs.services.map(serviceSource), ...(inputs.pages ?? []).map(pageSource)];
}

/** The link part of a source, without its entry and body. */
export function sourceLink(source: NoteSource): SourceLink {
  return { kind: source.kind, id: source.id, title: source.title, href: source.href };
}

export interface NoteBlock {
  source: NoteSource;
  block: MarkedBlock;
  /** The note and the section the block stands in, for a link back. */
  link: { title: string; href: string };
}

/** Every marked block (takeaways, sheets, tips, traps) of every note, in reading order, with a link to its section. */
export function noteBlocks(inputs: NoteInputs): NoteBlock[] {
  return noteSources(inputs).flatMap((source) =>
    findMarkedBlocks(source.body).map((block) => ({ source, block, link: { title: source.title, href: source.href + (block.headingId ? `#${block.headingId}` : '') } })),
  );
}
