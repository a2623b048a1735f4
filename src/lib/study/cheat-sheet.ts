/**
 * The cheat sheet, computed from the collections: per domain its weight, core
 * services with their one-line summaries, key concepts and the notes' marked
 * takeaways; then the marked reference tables and lists.
 */
import type { DomainEntry, NotesCollections, ServiceEntry } from '../content/entries';
import { domainHref, serviceHref, sortDomains } from '../site/navigation';
import { noteBlocks } from '../content/note-sources';
import { blockColumns, pickColumns, type SheetContent } from '../markdown/sheet-blocks';
import type { ServiceStatus } from '../content/schemas';

export interface SheetLink {
  title: string;
  href: string;
}

export interface SheetService extends SheetLink {
  summary: string;
  status: ServiceStatus;
}

export interface SheetDomain extends SheetLink {
  id: string;
  number: number;
  weight: number;
  coreServices: SheetService[];
  keyConcepts: { title: string; points: string[] }[];
  takeaways: { text: string; source: SheetLink }[];
  /** The notes' <ExamTip> and <Trap> callouts (a trap's text is why the tempting choice fails). */
  tips: SheetTip[];
  /** Corrections to the takeaways or the core-service lines. */
  errata: string[];
}

export interface SheetTip {
  kind: 'tip' | 'trap';
  /** For a trap: the tempting wrong answer. */
  choice?: string;
  text: string;
  source: SheetLink;
}

export interface SheetReference {
  title: string;
  domainNumber: number;
  source: SheetLink;
  content: SheetContent;
  errata: string[];
}

export interface CheatSheet {
  domains: SheetDomain[];
  references: SheetReference[];
}

function toSheetService(service: ServiceEntry): SheetService {
  return { title: service.data.name, href: serviceHref(service), summary: service.data.summary, status: service.data.status };
}

/**
 * Which tips and traps the printed sheet carries: those marked `sheet="yes"`, so the sheet stays a few pages as the
 * notes grow. Every tip and trap still becomes a flashcard.
 */
export function isOnSheet(block: { attributes: Record<string, string> }): boolean {
  return block.attributes.sheet === 'yes';
}

/** The whole-exam sheet, or one domain's when `onlyDomainId` is given. */
export function buildCheatSheet(collections: Pick<NotesCollections, 'domains' | 'services'>, onlyDomainId?: string): CheatSheet {
  const serviceById = new Map(collections.services.map((s) => [s.id, s]));
  const ordered = sortDomains(collections.domains);
  const numberOf = new Map(ordered.map((d) => [d.id, d.data.number]));
  const blocks = noteBlocks(collections);

  const isTakeaway = (tag: string) => tag === 'Takeaways' || tag === 'Takeaway';
  const takeawaysOf = (domain: DomainEntry) =>
    blocks
      // A service's takeaways belong to its first domain, so each appears once on the whole sheet.
      .filter(({ source, block }) => isTakeaway(block.tag) && source.domainIds[0] === domain.id)
      .flatMap(({ block, link }) => {
        if (block.content.kind === 'list') return block.content.items.map((item) => ({ text: item.text, source: link }));
        if (block.content.kind === 'text') return [{ text: block.content.text, source: link }];
        return [];
      });
  const tipsOf = (domain: DomainEntry): SheetTip[] =>
    blocks
      .filter(({ source, block }) => (block.tag === 'ExamTip' || block.tag === 'Trap') && isOnSheet(block) && source.domainIds[0] === domain.id)
      .map(({ source, block, link }) => {
        const where = `${source.href}: <${block.tag}>`;
        if (block.content.kind !== 'text') throw new Error(`${where} holds plain text (a paragraph), not a list or table`);
        if (block.tag === 'ExamTip') return { kind: 'tip' as const, text: block.content.text, source: link };
        const choice = block.attributes.choice;
        if (!choice) throw new Error(`${where} needs a choice="…" attribute: the tempting wrong answer`);
        return { kind: 'trap' as const, choice, text: block.content.text, source: link };
      });

  const domains = ordered
    .filter((d) => !onlyDomainId || d.id === onlyDomainId)
    .map((d) => ({
      id: d.id,
      number: d.data.number,
      title: d.data.title,
      href: domainHref(d),
      weight: d.data.weight,
      coreServices: d.data.coreServices.flatMap((c) => [c.service, ...c.with]).map((r) => toSheetService(serviceById.get(r.id)!)),
      keyConcepts: d.data.keyConcepts.map((k) => ({ title: k.title, points: k.points })),
      takeaways: takeawaysOf(d),
      tips: tipsOf(d),
      errata: [
        ...new Set([
          ...d.data.coreServices.flatMap((c) => c.errata),
          ...d.data.keyConcepts.flatMap((k) => k.errata),
          ...blocks.filter(({ source, block }) => isTakeaway(block.tag) && source.domainIds[0] === d.id).flatMap(({ block }) => block.errata),
        ]),
      ],
    }));

  const references = blocks
    .filter(({ block }) => block.tag === 'Sheet')
    .map(({ source, block, link }) => {
      const title = block.attributes.title;
      if (!title) throw new Error(`${source.href}: <Sheet> needs a title="…" attribute`);
      return {
        title,
        domainNumber: numberOf.get(source.domainIds[0] ?? '') ?? 99,
        source: link,
        content: pickColumns(block.content, blockColumns(block, source.href)),
        errata: block.errata,
        domainIds: source.domainIds,
      };
    })
    .filter((r) => !onlyDomainId || r.domainIds[0] === onlyDomainId)
    .sort((a, b) => a.domainNumber - b.domainNumber)
    .map(({ domainIds: _domainIds, ...r }) => r);

  return { domains, references };
}
