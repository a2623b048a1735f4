/**
 * The one place that reads the collections: loads them, checks the rules that
 * span entries (stopping the build with a readable message), and computes what
 * every page shares. Pages import from here and stay free of logic.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NotesCollections } from '../lib/content/entries';
import { findMentions, type Mention } from '../lib/content/mentions';
import { sortDomains, sortServices } from '../lib/site/navigation';
import { assertValidNotes } from '../lib/content/validate';
import { sortErrata } from '../lib/content/errata';

export interface SiteNotes {
  domains: CollectionEntry<'domains'>[];
  services: CollectionEntry<'services'>[];
  errata: CollectionEntry<'errata'>[];
  glossary: CollectionEntry<'glossary'>[];
  pages: CollectionEntry<'pages'>[];
  inScope: CollectionEntry<'inScope'>[];
  mentions: Mention[];
}

let cached: Promise<SiteNotes> | undefined;

async function load(): Promise<SiteNotes> {
  const [domains, services, errata, glossary, pages, inScope] = await Promise.all([
    getCollection('domains'),
    getCollection('services'),
    getCollection('errata'),
    getCollection('glossary'),
    getCollection('pages'),
    getCollection('inScope'),
  ]);
  const collections = {
    domains: sortDomains(domains),
    services: sortServices(services),
    errata: sortErrata(errata),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
    pages,
    inScope,
  } satisfies NotesCollections;
  assertValidNotes(collections);
  return { ...collections, mentions: findMentions(collections) };
}

export function getNotes(): Promise<SiteNotes> {
  cached ??= load();
  return cached;
}
