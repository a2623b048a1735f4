/** The name index, built once per build for its two files (`/search-names.json`, `/search-summaries.json`). */
import { getNotes } from './notes';
import { buildNameIndex, type NameIndex } from '../lib/search/name-index';

let cached: Promise<NameIndex> | undefined;

export function getNameIndex(): Promise<NameIndex> {
  cached ??= getNotes().then(({ services, glossary, domains }) => buildNameIndex(services, glossary, domains));
  return cached;
}
