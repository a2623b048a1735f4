/** Loads fixture notes the way the collections do, without Astro, for unit tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { NotesCollections } from '../../src/lib/content/entries';
import {
  domainSchema,
  erratumSchema,
  glossarySchema,
  inScopeSchema,
  pageSchema,
  questionSchema,
  serviceSchema,
  type QuestionData,
} from '../../src/lib/content/schemas';

export const ROOT = join(import.meta.dirname, '..', '..');
export const VALID_CONTENT = join(ROOT, 'tests', 'fixtures', 'content-valid');

/** Astro's command-line entry, as its package.json names it (it moved between majors). */
export const ASTRO_BIN = join(
  ROOT,
  'node_modules',
  'astro',
  (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { bin: { astro: string } }).bin.astro,
);

export const refTo = (collection: string) => z.string().transform((id) => ({ id, collection }));
export const schemas = {
  domains: domainSchema(refTo('services')),
  services: serviceSchema(refTo('domains')),
  pages: pageSchema,
  glossary: glossarySchema(refTo('services')),
  inScope: inScopeSchema(refTo('services')),
};

export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

function loadDir<S extends z.ZodTypeAny>(dir: string, schema: S) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const path = join(dir, f);
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      return { id: f.replace(/\.mdx$/, ''), filePath: relative(ROOT, path), body, data: schema.parse(frontmatter) as z.output<S> };
    });
}

export function loadCollections(contentDir: string): NotesCollections {
  const errata = (parse(readFileSync(join(contentDir, 'errata.yaml'), 'utf8')) as unknown[]).map((raw) => {
    const data = erratumSchema.parse(raw);
    return { id: data.id, data };
  });
  const glossary = (parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as unknown[]).map((raw) => {
    const data = schemas.glossary.parse(raw);
    return { id: data.id, data };
  });
  const inScope = (parse(readFileSync(join(contentDir, 'in-scope.yaml'), 'utf8')) as unknown[]).map((raw) => {
    const data = schemas.inScope.parse(raw);
    return { id: data.id, data };
  });
  return {
    glossary,
    inScope,
    domains: loadDir(join(contentDir, 'domains'), schemas.domains),
    services: loadDir(join(contentDir, 'services'), schemas.services),
    pages: loadDir(join(contentDir, 'pages'), schemas.pages),
    errata,
  };
}

/** The practice questions of a content folder, parsed by the schema (throws on the first invalid one). */
export function loadQuestions(contentDir: string): { id: string; filePath: string; data: QuestionData }[] {
  const dir = join(contentDir, 'questions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      filePath: relative(ROOT, join(dir, f)),
      data: questionSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
    }));
}
