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
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
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
