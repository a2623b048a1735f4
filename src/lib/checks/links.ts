/** Internal link checking over built pages: every href to the site must reach a page, and every #anchor an id on it. */

export interface PageHtml {
  /** Site path of the page ("/services/codedeploy/"), without the base path. */
  path: string;
  html: string;
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

import { isExternal } from '../site/external-links';

export { isExternal, SAFE_REL } from '../site/external-links';

export interface ExternalLink {
  url: string;
  /** Site paths of the pages that link to it. */
  from: string[];
}

export interface UnsafeLink {
  from: string;
  href: string;
}

const anchorTags = (html: string): string[] => [...html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').matchAll(/<a\b[^>]*>/gi)].map((m) => m[0]);
const attrOf = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&');

/** Every external http(s) URL the pages link to, with the pages that link to it, sorted by URL. Nothing is fetched. */
export function externalLinks(pages: readonly PageHtml[]): ExternalLink[] {
  const byUrl = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const tag of anchorTags(page.html)) {
      const href = attrOf(tag, 'href');
      if (!href || !/^https?:/i.test(href)) continue;
      byUrl.set(href, (byUrl.get(href) ?? new Set()).add(page.path));
    }
  }
  return [...byUrl].sort(([a], [b]) => a.localeCompare(b)).map(([url, from]) => ({ url, from: [...from].sort() }));
}

/** External links without rel="noopener noreferrer" (and any link that opens a new tab without it). */
export function unsafeLinks(pages: readonly PageHtml[]): UnsafeLink[] {
  const unsafe: UnsafeLink[] = [];
  for (const page of pages) {
    for (const tag of anchorTags(page.html)) {
      const href = attrOf(tag, 'href') ?? '';
      const opensTab = (attrOf(tag, 'target') ?? '') === '_blank';
      if (!isExternal(href) && !opensTab) continue;
      const rel = new Set((attrOf(tag, 'rel') ?? '').toLowerCase().split(/\s+/));
      if (!rel.has('noopener') || !rel.has('noreferrer')) unsafe.push({ from: page.path, href });
    }
  }
  return unsafe;
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

function hrefsOf(html: string): string[] {
  const withoutCode = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  return [...withoutCode.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

/** Links to pages that do not exist, or to anchors missing on their page; external links are left alone. */
export function findBrokenLinks(pages: readonly PageHtml[], base: string): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, idsOf(p.html)]));
  const basePrefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of hrefsOf(page.html)) {
      if (isExternal(href)) continue;
      const [rawPath = '', anchor] = href.split('#', 2);
      let target = page.path;
      if (rawPath !== '') {
        if (!rawPath.startsWith('/')) {
          broken.push({ from: page.path, href, reason: 'relative link; use a site path starting with /' });
          continue;
        }
        if (!rawPath.startsWith(basePrefix)) {
          broken.push({ from: page.path, href, reason: `outside the base path ${basePrefix}` });
          continue;
        }
        target = `/${rawPath.slice(basePrefix.length)}`;
      }
      const ids = byPath.get(target);
      if (!ids) {
        const isAsset = /\.[a-z0-9]+$/i.test(target);
        if (!isAsset) broken.push({ from: page.path, href, reason: 'no such page' });
        continue;
      }
      if (anchor !== undefined && anchor !== '' && !ids.has(decodeURIComponent(anchor))) {
        broken.push({ from: page.path, href, reason: `no element with id "${anchor}" on ${target}` });
      }
    }
  }
  return broken;
}
