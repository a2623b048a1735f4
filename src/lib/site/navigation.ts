/** Order, grouping and neighbours of the notes, for the sidebar, indexes and prev/next links. */
import type { DomainEntry, PageEntry, ServiceEntry } from '../content/entries';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../content/schemas';

export interface NavLink {
  href: string;
  label: string;
}

export function sortDomains<T extends DomainEntry>(domains: readonly T[]): T[] {
  return [...domains].sort((a, b) => a.data.number - b.data.number);
}

/** "AWS CodeDeploy" and "Amazon S3" sort under C and S, as a student looks for them. */
export function serviceSortKey(name: string): string {
  return name.replace(/^(AWS|Amazon)\s+/, '').toLocaleLowerCase('en');
}

export function sortServices<T extends ServiceEntry>(services: readonly T[]): T[] {
  return [...services].sort((a, b) => serviceSortKey(a.data.name).localeCompare(serviceSortKey(b.data.name), 'en'));
}

export function domainHref(domain: DomainEntry): string {
  return `/domains/${domain.id}/`;
}

export function serviceHref(service: ServiceEntry): string {
  return `/services/${service.id}/`;
}

export function pageHref(page: PageEntry): string {
  return `/${page.id}/`;
}

export function cheatSheetHref(domain?: DomainEntry): string {
  return domain ? `/cheat-sheet/${domain.id}/` : '/cheat-sheet/';
}

export const FLASHCARDS_HREF = '/flashcards/';
export const GLOSSARY_HREF = '/glossary/';

export function deckHref(domain: DomainEntry): string {
  return `${FLASHCARDS_HREF}${domain.id}/`;
}

export function domainLabel(domain: DomainEntry): string {
  return `Domain ${domain.data.number}: ${domain.data.title}`;
}

export interface CategoryGroup {
  category: ServiceCategory;
  services: ServiceEntry[];
}

/** Services grouped by category, in the schema's category order, A–Z within each; empty categories left out. */
export function groupByCategory(services: readonly ServiceEntry[]): CategoryGroup[] {
  const sorted = sortServices(services);
  return SERVICE_CATEGORIES.map((category) => ({ category, services: sorted.filter((s) => s.data.category === category) })).filter(
    (g) => g.services.length > 0,
  );
}

export function servicesOfDomain(domainId: string, services: readonly ServiceEntry[]): ServiceEntry[] {
  return sortServices(services.filter((s) => s.data.domains.some((d) => d.id === domainId)));
}

export interface PrevNext<T> {
  prev: T | undefined;
  next: T | undefined;
}

export function prevNext<T extends { id: string }>(ordered: readonly T[], currentId: string): PrevNext<T> {
  const index = ordered.findIndex((e) => e.id === currentId);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** Prefixes a root-relative path with the site's base path ("/dop-c02/"), leaving other URLs alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
