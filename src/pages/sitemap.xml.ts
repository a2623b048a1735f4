import type { APIRoute } from 'astro';
import { sitePaths } from '../data/site-paths';
import { sitemapXml } from '../lib/site/sitemap';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(site?.origin ?? 'http://localhost:4321', await sitePaths()), { headers: { 'Content-Type': 'application/xml' } });
