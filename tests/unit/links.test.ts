import { describe, expect, it } from 'vitest';
import { externalLinks, findBrokenLinks, isExternal, unsafeLinks } from '../../src/lib/checks/links';

const pages = [
  {
    path: '/',
    html: '<a href="/services/">ok</a><a href="/services/#top">ok</a><a href="https://aws.amazon.com/">ext</a><a href="#here">self</a><h2 id="here">x</h2>',
  },
  {
    path: '/services/',
    html: '<h2 id="top">Top</h2><a href="/favicon.svg">icon</a><a href="/nope/">bad</a><a href="#gone">bad anchor</a><a href="/#missing">bad</a>',
  },
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
    const based = [
      { path: '/', html: '<a href="/dop-c02/services/">ok</a><a href="/services/">no base</a>' },
      { path: '/services/', html: '' },
    ];
    expect(findBrokenLinks(based, '/dop-c02/')).toEqual([{ from: '/', href: '/services/', reason: 'outside the base path /dop-c02/' }]);
  });

  it('rejects relative links, which break when a page moves', () => {
    expect(findBrokenLinks([{ path: '/', html: '<a href="services/">rel</a>' }], '/')[0]?.reason).toMatch(/relative link/);
  });
});

describe('external links', () => {
  const pages = [
    {
      path: '/a/',
      html: '<a href="https://aws.amazon.com/codedeploy/" rel="noopener noreferrer">x</a><a href="/b/">b</a><a href="https://docs.aws.amazon.com/x" rel="noopener noreferrer">y</a>',
    },
    {
      path: '/b/',
      html: '<a href="https://aws.amazon.com/codedeploy/">x</a><a href="/a/" target="_blank">new tab</a><script>"<a href=\\"https://ignored\\">"</script>',
    },
  ];
  it('lists every external URL once with the pages that link to it, without fetching', () => {
    expect(externalLinks(pages)).toEqual([
      { url: 'https://aws.amazon.com/codedeploy/', from: ['/a/', '/b/'] },
      { url: 'https://docs.aws.amazon.com/x', from: ['/a/'] },
    ]);
  });
  it('flags external links and new-tab links without rel="noopener noreferrer"', () => {
    expect(unsafeLinks(pages)).toEqual([
      { from: '/b/', href: 'https://aws.amazon.com/codedeploy/' },
      { from: '/b/', href: '/a/' },
    ]);
  });
  it('tells external hrefs from site paths and anchors', () => {
    expect(['https://x', 'mailto:a@b', '//cdn.x/y', '/services/', '#top'].map(isExternal)).toEqual([true, true, true, false, false]);
  });
});
