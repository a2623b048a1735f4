/** /flashcards/cards.json: every card and deck, fetched by the flashcards page (connect-src 'self'). */
import type { APIRoute } from 'astro';
import { getFlashcards } from '../../data/flashcards';

export const GET: APIRoute = async () => {
  const { cards, decks } = await getFlashcards();
  return new Response(JSON.stringify({ decks, cards }), { headers: { 'content-type': 'application/json' } });
};
