/** The service × domain matrix: which exam domains each service belongs to, computed from the collections. */
import type { DomainEntry, ServiceEntry } from '../content/entries';
import { sortDomains, sortServices } from './navigation';

export interface MatrixRow {
  service: ServiceEntry;
  /** One per domain, in domain order: whether the service lists that domain. */
  inDomain: boolean[];
}

export interface Matrix {
  domains: DomainEntry[];
  rows: MatrixRow[];
  /** Services per domain, in domain order. */
  totals: number[];
}

export function serviceDomainMatrix(domains: readonly DomainEntry[], services: readonly ServiceEntry[]): Matrix {
  const ordered = sortDomains(domains);
  const rows = sortServices(services).map((service) => ({ service, inDomain: ordered.map((d) => service.data.domains.some((r) => r.id === d.id)) }));
  return { domains: ordered, rows, totals: ordered.map((_, i) => rows.filter((r) => r.inDomain[i]).length) };
}
