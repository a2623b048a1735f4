/**
 * The sections of the site, listed once. The header's navigation, the home page's "ways in" and the sitemap are
 * computed from this list, so a new section cannot be reachable from one and missing from another.
 */
import type { DomainEntry, PageEntry, ServiceEntry } from '../content/entries';
import { cheatSheetHref, deckHref, domainHref, pageHref, serviceHref } from './navigation';

/** Where a section is linked from the header: the main row, the "Study" menu, or nowhere (home, search). */
export type HeaderPlace = 'main' | 'study' | 'none';

/** A count the home page shows beside a section's title. */
export type SectionCount = 'services' | 'errata' | 'glossary';

export interface SiteSection {
  id: string;
  href: string;
  /** Short, as in the header. */
  label: string;
  header: HeaderPlace;
  /** The home page's card for the section; absent for home and search. */
  way?: { title: string; text: string; count?: SectionCount };
}

export const SITE_SECTIONS = [
  { id: 'home', href: '/', label: 'Home', header: 'none' },
  {
    id: 'domains',
    href: '/domains/',
    label: 'Domains',
    header: 'main',
    way: { title: 'Browse the six domains', text: 'Task statements, core services, key concepts and in-depth notes for each exam domain.' },
  },
  {
    id: 'services',
    href: '/services/',
    label: 'Services A–Z',
    header: 'main',
    way: { title: 'Services A–Z', count: 'services', text: 'Every service the notes name, by category, with its domains and every line that mentions it.' },
  },
  {
    id: 'cheat-sheet',
    href: '/cheat-sheet/',
    label: 'Cheat sheet',
    header: 'main',
    way: { title: 'Print the cheat sheet', text: 'The whole exam on a few pages: weights, core services, key concepts, takeaways and reference tables.' },
  },
  {
    id: 'practice',
    href: '/practice/',
    label: 'Practice questions',
    header: 'study',
    way: { title: 'Practice questions', text: 'Scenario questions for every task statement, each option explained and linked to the notes that teach it.' },
  },
  {
    id: 'mock-exam',
    href: '/practice/exam/',
    label: 'Mock exam',
    header: 'study',
    way: { title: 'Mock exam', text: 'A timed set drawn by the exam’s domain weights, with flags, a review screen and a report by domain.' },
  },
  {
    id: 'exam-guide',
    href: '/exam-guide/',
    label: 'Exam guide checklist',
    header: 'study',
    way: {
      title: 'Exam guide checklist',
      text: 'Every task statement and skill of the exam guide, linked to the sections that teach it, and the in-scope services.',
    },
  },
  {
    id: 'flashcards',
    href: '/flashcards/',
    label: 'Flashcards',
    header: 'study',
    way: { title: 'Flashcards', text: 'Cards made from the notes, one deck per domain, with spaced repetition. Progress stays in your browser.' },
  },
  {
    id: 'glossary',
    href: '/glossary/',
    label: 'Glossary',
    header: 'study',
    way: { title: 'Glossary', count: 'glossary', text: 'Every abbreviation and term the notes use, defined once: RTO, RPO, SCP, OU, blue/green…' },
  },
  {
    id: 'matrix',
    href: '/services/matrix/',
    label: 'Service × domain matrix',
    header: 'study',
    way: { title: 'Service × domain matrix', text: 'Every service against the six domains, on one printable page.' },
  },
  {
    id: 'corrections',
    href: '/corrections/',
    label: 'Corrections',
    header: 'main',
    way: { title: 'Corrections', count: 'errata', text: 'Statements in the notes that are wrong or outdated, each with what holds today and its source.' },
  },
  {
    id: 'resources',
    href: '/resources/',
    label: 'Resources',
    header: 'main',
    way: { title: 'Resources', text: 'The exam guide, study guides, sample questions and white papers the notes recommend.' },
  },
  { id: 'search', href: '/search/', label: 'Search', header: 'none' },
  { id: 'offline', href: '/offline/', label: 'Offline', header: 'none' },
] as const satisfies readonly SiteSection[];

export type SectionId = (typeof SITE_SECTIONS)[number]['id'];

/** A section by id, for a link that must not drift from the list. */
export function section(id: SectionId): SiteSection {
  return SITE_SECTIONS.find((s) => s.id === id)!;
}

export type HeaderItem = { kind: 'link'; section: SiteSection } | { kind: 'menu'; label: string; sections: SiteSection[] };

/** The header's navigation: the main sections in list order, with the study sections gathered in one menu where the first of them stands. */
export function headerItems(sections: readonly SiteSection[] = SITE_SECTIONS): HeaderItem[] {
  const items: HeaderItem[] = [];
  const study = sections.filter((s) => s.header === 'study');
  for (const s of sections) {
    if (s.header === 'main') items.push({ kind: 'link', section: s });
    else if (s.header === 'study' && s === study[0]) items.push({ kind: 'menu', label: 'Study', sections: study });
  }
  return items;
}

/** The home page's "ways in", each with its count where it has one. */
export function homeWays(
  counts: Record<SectionCount, number>,
  sections: readonly SiteSection[] = SITE_SECTIONS,
): { href: string; title: string; text: string }[] {
  return sections.flatMap((s) =>
    s.way ? [{ href: s.href, title: s.way.count ? `${s.way.title} (${counts[s.way.count]})` : s.way.title, text: s.way.text }] : [],
  );
}

export interface SiteInputs {
  domains: readonly DomainEntry[];
  services: readonly ServiceEntry[];
  pages: readonly PageEntry[];
}

/** Every page of the site (without the base path), each once, for the sitemap: the sections, then each domain's pages, services and standalone pages. */
export function sitePaths(inputs: SiteInputs, sections: readonly SiteSection[] = SITE_SECTIONS): string[] {
  return [
    ...new Set([
      ...sections.map((s) => s.href),
      ...inputs.domains.flatMap((d) => [domainHref(d), cheatSheetHref(d), deckHref(d)]),
      ...inputs.services.map(serviceHref),
      ...inputs.pages.map(pageHref),
    ]),
  ];
}
