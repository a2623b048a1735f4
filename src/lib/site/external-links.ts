/** Links to other sites: how to tell them apart, and what each one carries. */

/** What every link to another site carries: the other site never reaches back into this page or learns where the student came from. */
export const SAFE_REL = 'noopener noreferrer';

/** A link to another site (any scheme, or protocol-relative), as opposed to a site path or #anchor. */
export const isExternal = (href: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');

/** How an external URL reads in text and print: without its scheme ("docs.aws.amazon.com/…"). */
export const displayUrl = (href: string): string => href.replace(/^https?:\/\//, '');
