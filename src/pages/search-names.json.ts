/** /search-names.json: every service, glossary term and domain by name, fetched when the search box gets focus (connect-src 'self'). */
import type { APIRoute } from 'astro';
import { getNameIndex } from '../data/name-index';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getNameIndex()).names), { headers: { 'content-type': 'application/json' } });
