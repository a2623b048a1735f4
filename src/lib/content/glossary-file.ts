/** Reads the glossary's abbreviations straight from content/glossary.yaml, for the markdown pipeline (which runs before collections load). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { abbrTerms, type AbbrTerm } from '../markdown/rehype-abbr';

export function glossaryAbbrTerms(contentDir: string): AbbrTerm[] {
  const file = join(contentDir, 'glossary.yaml');
  if (!existsSync(file)) return [];
  const entries = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) return [];
  return abbrTerms(
    entries.filter((e): e is { term: string; expansion?: string; aliases?: string[] } => typeof e === 'object' && e !== null && typeof (e as { term?: unknown }).term === 'string'),
  );
}
