import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/sitemap';
import { url } from '../data/url';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL(url('/sitemap.xml'), site).href), { headers: { 'Content-Type': 'text/plain' } });
