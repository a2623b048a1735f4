/** /search-names.json: every service, glossary term and domain by name, fetched when the search box gets focus (connect-src 'self'). */
import type { APIRoute } from 'astro';
import { getNotes } from '../data/notes';
import { buildNameIndex } from '../lib/search/name-index';

export const GET: APIRoute = async () => {
  const { services, glossary, domains } = await getNotes();
  return new Response(JSON.stringify(buildNameIndex(services, glossary, domains)), { headers: { 'content-type': 'application/json' } });
};
