import { sitePaths as pathsOf } from '../lib/site/sections';
import { getNotes } from './notes';
import { url } from './url';

/** Every page of the site (with the base path), for the sitemap. */
export async function sitePaths(): Promise<string[]> {
  return pathsOf(await getNotes()).map(url);
}
