/** sitemap.xml and robots.txt, from the list of page paths. */
import { escapeHtml } from '../markdown/escape';

export function sitemapXml(origin: string, paths: readonly string[]): string {
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeHtml(new URL(p, origin).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
