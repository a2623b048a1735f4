/**
 * Flashcards, computed from the notes at build time, so a deck never drifts from what the notes say:
 * every service (name → summary and domains), every key takeaway, every row of a marked reference table,
 * every exam tip and trap, and every glossary term. Each card links back to the note it came from.
 */
import type { NotesCollections } from '../content/entries';
import { domainHref, domainLabel, serviceHref } from '../site/navigation';
import { findMarkedBlocks, pickColumns, type SheetListItem } from '../markdown/sheet-blocks';

export const CARD_KINDS = ['service', 'takeaway', 'row', 'tip', 'trap', 'term'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface Flashcard {
  /** Stable across builds while the card's source text stays the same: progress is kept by id. */
  id: string;
  kind: CardKind;
  /** Domain ids whose decks hold the card. */
  domains: string[];
  /** Inline markdown. */
  front: string;
  /** Inline markdown, one entry per line. */
  back: string[];
  source: { title: string; href: string };
}

/** FNV-1a, base 36: a short stable id part from text. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** "**Term**: text" or "**Term:** text". */
const TERM_FIRST = [/^\*\*([^*]+?)\*\*\s*:\s*(.+)$/, /^\*\*([^*]+?):\*\*\s*(.+)$/];
const FIRST_BOLD = /\*\*([^*]+?)\*\*/;
const BR = /<br\s*\/?>/gi;

/**
 * A question and answer from one statement of the notes: "**Term**: explanation" asks for the explanation;
 * a statement with a bold phrase hides that phrase; anything else asks for the point of its section.
 */
export function promptFor(text: string, context: string): { front: string; back: string[] } {
  for (const pattern of TERM_FIRST) {
    const term = pattern.exec(text);
    if (term) return { front: `**${term[1]}**`, back: [term[2] ?? ''] };
  }
  const bold = FIRST_BOLD.exec(text);
  if (bold) return { front: text.replace(FIRST_BOLD, '[ … ]'), back: [`**${bold[1]}**`, text] };
  return { front: `${context}: what is the key point?`, back: [text] };
}

const flattenItems = (items: SheetListItem[]): string[] =>
  items.map((i) => [i.text, ...flattenItems(i.children).map((c) => `– ${c}`)].join(' '));

interface Source {
  id: string;
  domains: string[];
  title: string;
  href: string;
  body: string;
}

/** Every card of the notes, in reading order: domains, then services A–Z, then the glossary. */
export function buildFlashcards(collections: Pick<NotesCollections, 'domains' | 'services' | 'glossary'>): Flashcard[] {
  const cards: Flashcard[] = [];
  const domainById = new Map(collections.domains.map((d) => [d.id, d]));
  const serviceById = new Map(collections.services.map((s) => [s.id, s]));
  const add = (card: Omit<Flashcard, 'id'> & { key: string }) => {
    const { key, ...rest } = card;
    const id = `${rest.kind}:${key}`;
    if (cards.some((c) => c.id === id)) return;
    cards.push({ id, ...rest });
  };

  for (const s of collections.services) {
    const domains = s.data.domains.map((r) => r.id);
    const labels = domains.map((id) => domainById.get(id)).filter((d) => d !== undefined).map((d) => domainLabel(d));
    add({
      key: s.id,
      kind: 'service',
      domains,
      front: s.data.name === s.data.shortName ? `**${s.data.name}**` : `**${s.data.name}** (${s.data.shortName})`,
      back: [s.data.summary, ...(labels.length > 0 ? [`Domains: ${labels.join('; ')}`] : [])],
      source: { title: s.data.name, href: serviceHref(s) },
    });
  }

  const sources: Source[] = [
    ...collections.domains.map((d) => ({ id: d.id, domains: [d.id], title: domainLabel(d), href: domainHref(d), body: d.body ?? '' })),
    ...collections.services.map((s) => ({ id: s.id, domains: s.data.domains.map((r) => r.id), title: s.data.name, href: serviceHref(s), body: s.body ?? '' })),
  ];
  for (const src of sources) {
    for (const block of findMarkedBlocks(src.body)) {
      const source = { title: src.title, href: src.href + (block.headingId ? `#${block.headingId}` : '') };
      const base = { domains: src.domains, source };
      if (block.tag === 'Takeaways' || block.tag === 'Takeaway') {
        const texts = block.content.kind === 'list' ? flattenItems(block.content.items) : block.content.kind === 'text' ? [block.content.text] : [];
        for (const text of texts) add({ ...base, key: `${src.id}-${shortHash(text)}`, kind: 'takeaway', ...promptFor(text, src.title) });
      } else if (block.tag === 'Sheet') {
        const title = block.attributes.title ?? src.title;
        const content = pickColumns(block.content, block.attributes.columns?.split(',').map(Number));
        if (content.kind === 'table') {
          for (const row of content.rows) {
            const [first = '', ...rest] = row;
            const back = rest
              .map((cell, i) => ({ label: content.header[i + 1] ?? '', value: cell.split(BR).map((p) => p.trim().replace(/^-\s+/, '')).filter(Boolean).join('; ') }))
              .filter((c) => c.value !== '')
              .map((c) => (c.label ? `**${c.label}**: ${c.value}` : c.value));
            add({ ...base, key: `${src.id}-${shortHash(title + first)}`, kind: 'row', front: `${title}: ${first}`, back });
          }
        } else if (content.kind === 'list') {
          for (const text of flattenItems(content.items)) add({ ...base, key: `${src.id}-${shortHash(text)}`, kind: 'row', ...promptFor(text, title) });
        }
      } else if (block.tag === 'ExamTip' && block.content.kind === 'text') {
        add({ ...base, key: `${src.id}-${shortHash(block.content.text)}`, kind: 'tip', ...promptFor(block.content.text, `Exam tip (${src.title})`) });
      } else if (block.tag === 'Trap' && block.content.kind === 'text') {
        const choice = block.attributes.choice ?? '';
        add({ ...base, key: `${src.id}-${shortHash(choice)}`, kind: 'trap', front: `Tempting answer: ${choice}. Right or wrong?`, back: ['**Wrong.**', block.content.text] });
      }
    }
  }

  for (const g of collections.glossary) {
    const services = g.data.services.map((r) => serviceById.get(r.id)).filter((s) => s !== undefined);
    const domains = [...new Set(services.flatMap((s) => s.data.domains.map((r) => r.id)))];
    add({
      key: g.id,
      kind: 'term',
      domains,
      front: `**${g.data.term}**`,
      back: [...(g.data.expansion ? [`*${g.data.expansion}*`] : []), g.data.definition],
      source: { title: 'Glossary', href: `/glossary/#${g.id}` },
    });
  }
  return cards;
}

export interface Deck {
  /** "all" or a domain id. */
  id: string;
  title: string;
  cards: string[];
}

/** One deck per domain and one for everything. */
export function buildDecks(collections: Pick<NotesCollections, 'domains'>, cards: readonly Flashcard[]): Deck[] {
  const ordered = [...collections.domains].sort((a, b) => a.data.number - b.data.number);
  return [
    { id: 'all', title: 'All domains', cards: cards.map((c) => c.id) },
    ...ordered.map((d) => ({ id: d.id, title: domainLabel(d), cards: cards.filter((c) => c.domains.includes(d.id)).map((c) => c.id) })),
  ];
}
