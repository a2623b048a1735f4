/** /flashcards/cards.json: every card and deck, fetched by the flashcards page (connect-src 'self'). */
import type { APIRoute } from 'astro';
import { getFlashcards } from '../../data/flashcards';
import type { CardsFile } from '../../lib/study/flashcards';

export const GET: APIRoute = async () => {
  const { cards, decks } = await getFlashcards();
  const file: CardsFile = { decks, cards };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
