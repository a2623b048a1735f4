import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { domainSchema, erratumSchema, glossarySchema, inScopeSchema, pageSchema, questionSchema, serviceSchema } from './lib/content/schemas';

/**
 * The notes live in `content/` (or NOTES_CONTENT_DIR, which tests and the
 * scale benchmark point at a fixture or generated corpus).
 */
const contentDir = process.env.NOTES_CONTENT_DIR ?? './content';

const domains = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/domains` }),
  schema: domainSchema(reference('services')),
});

const services = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/services` }),
  schema: serviceSchema(reference('domains')),
});

const errata = defineCollection({
  loader: file(`${contentDir}/errata.yaml`),
  schema: erratumSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossarySchema(reference('services')),
});

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

const inScope = defineCollection({
  loader: file(`${contentDir}/in-scope.yaml`),
  schema: inScopeSchema(reference('services')),
});

/** Practice questions: one YAML file each, named by its id ("1-2-pull-request-tests.yaml"). */
const questions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/questions` }),
  schema: questionSchema,
});

export const collections = { domains, services, errata, glossary, pages, inScope, questions };
