import { getNotes } from './notes';
import { url } from './url';

/** Every page of the site (with the base path), for the sitemap. */
export async function sitePaths(): Promise<string[]> {
  const { domains, services, pages } = await getNotes();
  return [
    '/',
    '/domains/',
    '/services/',
    '/cheat-sheet/',
    '/corrections/',
    '/search/',
    ...domains.flatMap((d) => [`/domains/${d.id}/`, `/cheat-sheet/${d.id}/`]),
    ...services.map((s) => `/services/${s.id}/`),
    ...pages.map((p) => `/${p.id}/`),
  ].map(url);
}
