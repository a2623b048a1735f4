/** Which pages count for each domain's progress (build time only: the browser gets the lists in data attributes). */
import type { DomainEntry, ServiceEntry } from '../content/entries';
import { domainHref, serviceHref } from '../site/navigation';
import type { DomainPages } from './studied';

/** The pages that count for each domain: the domain page and the pages of its services. */
export function domainPageLists(domains: readonly DomainEntry[], services: readonly ServiceEntry[]): DomainPages[] {
  return domains.map((d) => ({
    id: d.id,
    weight: d.data.weight,
    pages: [domainHref(d), ...services.filter((s) => s.data.domains.some((r) => r.id === d.id)).map(serviceHref)],
  }));
}
