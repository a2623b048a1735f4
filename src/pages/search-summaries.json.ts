/** /search-summaries.json: the one-line summary shown under each name match, fetched beside /search-names.json. */
import type { APIRoute } from 'astro';
import { getNameIndex } from '../data/name-index';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getNameIndex()).summaries), { headers: { 'content-type': 'application/json' } });
