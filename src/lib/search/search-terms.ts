/**
 * Words a student may type for a service that its page does not spell out:
 * spacing and casing variants of its names, aliases and topics ("code deploy",
 * "codedeploy", "xray", "Route53"). They go into a hidden, heavily weighted
 * part of the page's search record, since Pagefind has no synonyms.
 */

/** "CodeDeploy" → "Code Deploy"; "ElastiCache" → "Elasti Cache"; acronyms stay whole. */
export function splitCamelCase(word: string): string {
  return word.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

/** Variants of one name: as written, without spaces or hyphens, with hyphens as spaces, camel case split. */
export function spellingVariants(name: string): string[] {
  const withoutPrefix = name.replace(/^(AWS|Amazon)\s+/, '');
  const variants = new Set<string>();
  for (const base of [name, withoutPrefix]) {
    variants.add(base);
    variants.add(base.replace(/[\s-]+/g, ''));
    variants.add(base.replace(/-/g, ' '));
    variants.add(splitCamelCase(base));
    variants.add(splitCamelCase(base).replace(/-/g, ' '));
  }
  return [...variants].filter((v) => v.trim() !== '');
}

export interface SearchableNames {
  name: string;
  shortName: string;
  aliases: readonly string[];
  /** Topics the page teaches: searched like aliases. */
  terms?: readonly string[];
}

/** Every searchable spelling of a service, lower-cased and without duplicates, in a stable order. */
export function serviceSearchTerms(service: SearchableNames): string[] {
  const seen = new Set<string>();
  for (const source of [service.name, service.shortName, ...service.aliases, ...(service.terms ?? [])]) {
    for (const variant of spellingVariants(source)) seen.add(variant.toLowerCase());
  }
  return [...seen];
}

/** What a notes page adds to its search record: its type and domains as filters, and extra words that lead to it. */
export interface SearchRecord {
  type: 'Domain' | 'Service' | 'Page';
  domains: string[];
  terms: string[];
}

/** The value of the "domain" search filter for a domain ("Domain 3"): what pages are tagged with and the filter offers. */
export function domainFacet(domain: { data: { number: number } }): string {
  return `Domain ${domain.data.number}`;
}
