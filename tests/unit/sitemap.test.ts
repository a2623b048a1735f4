import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '../../src/lib/site/sitemap';

describe('sitemap and robots', () => {
  it('lists each page once, sorted, as absolute URLs', () => {
    const xml = sitemapXml('https://example.github.io', ['/dop-c02/services/', '/dop-c02/', '/dop-c02/services/']);
    expect(xml).toContain('<url><loc>https://example.github.io/dop-c02/</loc></url>\n  <url><loc>https://example.github.io/dop-c02/services/</loc></url>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });

  it('points robots at the sitemap', () => {
    expect(robotsTxt('https://example.github.io/dop-c02/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.github.io/dop-c02/sitemap.xml\n',
    );
  });
});
