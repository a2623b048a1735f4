/** The sections every domain page has before the notes' own text, with the ids other pages link to. */
import type { Heading } from '../markdown/mdx-blocks';

export const DOMAIN_SECTIONS = {
  taskStatements: { depth: 2, id: 'task-statements', text: 'Task statements' },
  coreServices: { depth: 2, id: 'core-aws-devops-services', text: 'Core AWS DevOps Services' },
  keyConcepts: { depth: 2, id: 'key-concepts-to-master', text: 'Key Concepts to Master' },
  services: { depth: 2, id: 'services-in-this-domain', text: 'All services in this domain' },
} as const satisfies Record<string, Heading>;

/** A domain page's headings in page order: the fixed sections around the body's own. */
export function domainPageHeadings(bodyHeadings: readonly Heading[]): Heading[] {
  const { taskStatements, coreServices, keyConcepts, services } = DOMAIN_SECTIONS;
  return [taskStatements, coreServices, keyConcepts, ...bodyHeadings, services];
}

/** The list of sources at the end of any note page that has one. */
export const SOURCES_SECTION = { depth: 2, id: 'page-sources', text: 'Sources' } as const satisfies Heading;

/** A page's headings with "Sources" last, when the page lists any. */
export function withSourcesHeading(headings: readonly Heading[], sourceCount: number): Heading[] {
  return sourceCount > 0 ? [...headings, SOURCES_SECTION] : [...headings];
}
