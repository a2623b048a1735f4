/**
 * Flashcards, computed from the notes at build time, so a deck never drifts from what the notes say:
 * every service (name → summary and domains), every key takeaway, every row of a marked reference table,
 * every exam tip and trap, and every glossary term. Each card links back to the note it came from.
 */
import type { NotesCollections } from '../content/entries';
import { deckHref, domainLabel, FLASHCARDS_HREF, GLOSSARY_HREF, serviceHref, sortDomains } from '../site/navigation';
import { blockColumns, pickColumns, type SheetListItem } from '../markdown/sheet-blocks';
import { cellParts } from '../markdown/mdx-blocks';
import { stripInlineMarkdown } from '../markdown/markdown-text';
import { noteBlocks } from '../content/note-sources';
import { escapeRegExp } from '../markdown/escape';

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
/** A statement that opens with a question or a clause ending in a colon, outside code. */
const LEAD = /^([^`[]{12,160}?[?:])\s+(.+)$/s;

/** Whether a run of Markdown words closes every code span, link text and link target it opens. */
function balanced(words: readonly string[]): boolean {
  const text = words.join(' ');
  const count = (c: string) => text.split(c).length - 1;
  return count('`') % 2 === 0 && count('[') === count(']') && count('(') === count(')');
}

/**
 * The opening of a statement to prompt with, so that statements of one section get fronts of their own: the words up
 * to the first clause break (a comma, semicolon, colon or full stop) after the third word and within fourteen, or else
 * the first eight; never cut inside a code span or a link, and never the whole statement. Undefined for short text.
 */
export function openingOf(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length < 8) return undefined;
  const cutAfter = (i: number) => balanced(words.slice(0, i + 1)) && i < words.length - 1;
  let end = -1;
  for (let i = 3; i < Math.min(14, words.length); i++) {
    if (/[,;:.]$/.test(words[i]!) && cutAfter(i)) {
      end = i;
      break;
    }
  }
  if (end === -1) for (let i = 7; i < words.length - 1 && end === -1; i++) if (cutAfter(i)) end = i;
  if (end === -1) return undefined;
  return words
    .slice(0, end + 1)
    .join(' ')
    .replace(/[,;:.]$/, '');
}

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
  // "Messages processed twice? The visibility timeout…" or "A remediation needs a role: …": the lead asks, the rest answers.
  const lead = LEAD.exec(text);
  if (lead) return { front: `${context}: ${lead[1]}`, back: [lead[2] ?? ''] };
  const opening = openingOf(text);
  if (opening) return { front: `${context}: ${opening} …`, back: [text] };
  return { front: `${context}: what is the key point?`, back: [text] };
}

const flattenItems = (items: SheetListItem[]): string[] => items.map((i) => [i.text, ...flattenItems(i.children).map((c) => `– ${c}`)].join(' '));

/** Every card of the notes, in reading order: domains, then services A–Z, then the glossary. */
/** A service card's front: its name, with its short name only when the name does not already contain it. */
export function serviceFront(name: string, shortName: string): string {
  return new RegExp(`(?<!\\w)${escapeRegExp(shortName)}(?!\\w)`).test(name) ? `**${name}**` : `**${name}** (${shortName})`;
}

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
    const labels = domains
      .map((id) => domainById.get(id))
      .filter((d) => d !== undefined)
      .map((d) => domainLabel(d));
    add({
      key: s.id,
      kind: 'service',
      domains,
      front: serviceFront(s.data.name, s.data.shortName),
      back: [s.data.summary, ...(labels.length > 0 ? [`Domains: ${labels.join('; ')}`] : [])],
      source: { title: s.data.name, href: serviceHref(s) },
    });
  }

  for (const { source: src, block, link } of noteBlocks(collections)) {
    const base = { domains: src.domainIds, source: link };
    if (block.tag === 'Takeaways' || block.tag === 'Takeaway') {
      const texts = block.content.kind === 'list' ? flattenItems(block.content.items) : block.content.kind === 'text' ? [block.content.text] : [];
      for (const text of texts) add({ ...base, key: `${src.id}-${shortHash(text)}`, kind: 'takeaway', ...promptFor(text, src.title) });
    } else if (block.tag === 'Sheet') {
      const title = block.attributes.title ?? src.title;
      const content = pickColumns(block.content, blockColumns(block, src.href));
      if (content.kind === 'table') {
        for (const row of content.rows) {
          const [first = '', ...rest] = row;
          const back = rest
            .map((cell, i) => ({ label: stripInlineMarkdown(content.header[i + 1] ?? ''), value: cellParts(cell).join('; ') }))
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
      add({
        ...base,
        key: `${src.id}-${shortHash(choice)}`,
        kind: 'trap',
        front: `Tempting answer: ${choice}. Right or wrong?`,
        back: ['**Wrong.**', block.content.text],
      });
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
      source: { title: 'Glossary', href: `${GLOSSARY_HREF}#${g.id}` },
    });
  }
  return cards;
}

export interface Deck {
  /** "all" or a domain id. */
  id: string;
  title: string;
  /** Where the deck is: /flashcards/ studies the "all" deck, a domain's deck reads and prints on its own page. */
  href: string;
  cards: string[];
}

/** One deck per domain and one for everything. */
export function buildDecks(collections: Pick<NotesCollections, 'domains'>, cards: readonly Flashcard[]): Deck[] {
  const ordered = sortDomains(collections.domains);
  return [
    { id: 'all', title: 'All domains', href: FLASHCARDS_HREF, cards: cards.map((c) => c.id) },
    ...ordered.map((d) => ({ id: d.id, title: domainLabel(d), href: deckHref(d), cards: cards.filter((c) => c.domains.includes(d.id)).map((c) => c.id) })),
  ];
}

/** A card as the browser gets it in /flashcards/cards.json: its text rendered to HTML, its kind as a label. */
export interface RenderedCard {
  id: string;
  kind: CardKind | 'question';
  /** What kind of card, as shown to the student ("Exam tip"). */
  label: string;
  front: string;
  back: string[];
  source: { title: string; href: string };
}

/** /flashcards/cards.json: written at build time, read by the flashcards page. */
export interface CardsFile {
  decks: Deck[];
  cards: RenderedCard[];
}
