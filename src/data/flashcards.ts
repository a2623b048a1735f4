/** The flashcards and decks of the notes, computed once per build (src/lib/flashcards.ts), with HTML for pages. */
import { buildDecks, buildFlashcards, type CardsFile, type Flashcard } from '../lib/study/flashcards';
import { renderInlineMarkdown } from '../lib/markdown/markdown-text';
import { getNotes } from './notes';
import { url } from './url';

export const CARD_KIND_LABELS: Record<Flashcard['kind'], string> = {
  service: 'Service',
  takeaway: 'Key takeaway',
  row: 'Reference table',
  tip: 'Exam tip',
  trap: 'Trap',
  term: 'Glossary',
};

let cached: Promise<CardsFile> | undefined;

export function getFlashcards(): Promise<CardsFile> {
  cached ??= getNotes().then((notes) => {
    const cards = buildFlashcards(notes);
    const base = import.meta.env.BASE_URL;
    return {
      decks: buildDecks(notes, cards),
      cards: cards.map((c) => ({
        id: c.id,
        kind: c.kind,
        label: CARD_KIND_LABELS[c.kind],
        front: renderInlineMarkdown(c.front, base),
        back: c.back.map((b) => renderInlineMarkdown(b, base)),
        source: { title: c.source.title, href: url(c.source.href) },
      })),
    };
  });
  return cached;
}
