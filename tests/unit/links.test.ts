import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/links';

const pages = [
  { path: '/', html: '<a href="/services/">ok</a><a href="/services/#top">ok</a><a href="https://aws.amazon.com/">ext</a><a href="#here">self</a><h2 id="here">x</h2>' },
  { path: '/services/', html: '<h2 id="top">Top</h2><a href="/favicon.svg">icon</a><a href="/nope/">bad</a><a href="#gone">bad anchor</a><a href="/#missing">bad</a>' },
];

describe('findBrokenLinks', () => {
  it('reports missing pages and anchors, and only those', () => {
    expect(findBrokenLinks(pages, '/')).toEqual([
      { from: '/services/', href: '/nope/', reason: 'no such page' },
      { from: '/services/', href: '#gone', reason: 'no element with id "gone" on /services/' },
      { from: '/services/', href: '/#missing', reason: 'no element with id "missing" on /' },
    ]);
  });

  it('resolves links under a base path and rejects links that escape it', () => {
    const based = [{ path: '/', html: '<a href="/dop-c02/services/">ok</a><a href="/services/">no base</a>' }, { path: '/services/', html: '' }];
    expect(findBrokenLinks(based, '/dop-c02/')).toEqual([{ from: '/', href: '/services/', reason: 'outside the base path /dop-c02/' }]);
  });

  it('rejects relative links, which break when a page moves', () => {
    expect(findBrokenLinks([{ path: '/', html: '<a href="services/">rel</a>' }], '/')[0]?.reason).toMatch(/relative link/);
  });
});
