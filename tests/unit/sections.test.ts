import { describe, expect, it } from 'vitest';
import { headerItems, homeWays, SITE_SECTIONS, sitePaths, type SiteSection } from '../../src/lib/site/sections';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';

describe('the list of site sections', () => {
  it('puts the study sections in one header menu, where the first of them stands', () => {
    const items = headerItems();
    expect(items.map((i) => (i.kind === 'link' ? i.section.label : `${i.label}: ${i.sections.map((s) => s.label).join(', ')}`))).toEqual([
      'Domains',
      'Services A–Z',
      'Cheat sheet',
      'Study: Practice questions, Mock exam, Exam guide checklist, Flashcards, Glossary, Service × domain matrix',
      'Corrections',
      'Resources',
    ]);
  });

  it('reaches every section but home, search and the offline page from the header', () => {
    const inHeader = headerItems().flatMap((i) => (i.kind === 'link' ? [i.section.href] : i.sections.map((s) => s.href)));
    const all = SITE_SECTIONS.map((s) => s.href).filter((h) => !['/', '/search/', '/offline/'].includes(h));
    expect(inHeader.sort()).toEqual(all.sort());
  });

  it('gives the home page a card per section, with counts where the section has one', () => {
    const ways = homeWays({ services: 59, errata: 41, glossary: 57 });
    expect(ways.map((w) => w.title)).toContain('Services A–Z (59)');
    expect(ways.map((w) => w.title)).toContain('Corrections (41)');
    expect(ways.map((w) => w.href)).toEqual(SITE_SECTIONS.filter((s: SiteSection) => s.way).map((s) => s.href));
  });

  it('lists every page once for the sitemap: sections, each domain with its cheat sheet and deck, services, pages', () => {
    const notes = loadCollections(VALID_CONTENT);
    const paths = sitePaths(notes);
    expect(new Set(paths).size).toBe(paths.length);
    for (const d of notes.domains) expect(paths).toEqual(expect.arrayContaining([`/domains/${d.id}/`, `/cheat-sheet/${d.id}/`, `/flashcards/${d.id}/`]));
    for (const s of notes.services) expect(paths).toContain(`/services/${s.id}/`);
    expect(paths).toEqual(expect.arrayContaining(['/', '/glossary/', '/flashcards/', '/services/matrix/', '/search/']));
  });
});
