import { describe, expect, it } from 'vitest';
import { gzipBytes, median, pageAssets, pageWeight, resolveSitePath, staticImports } from '../../src/lib/checks/page-weight';

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="canonical" href="https://x/">
<script>document.documentElement.dataset.theme='dark'</script>
<script type="module" src="/_astro/box.js"></script>
<script type="application/ld+json">{"a":1}</script>
<style>p{color:red}</style></head><body><img src="/i.png" alt=""><img src="/lazy.png" loading="lazy" alt=""></body></html>`;

describe('pageAssets', () => {
  it('lists what a page fetches and runs on load', () => {
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css'],
      scripts: ['/_astro/box.js'],
      inlineScripts: ["document.documentElement.dataset.theme='dark'"],
      inlineStyles: ['p{color:red}'],
      media: ['/favicon.svg', '/i.png'],
    });
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    const js = `import{a as b}from"./chunk.js";import "./side.js";export{c}from'./re.js';const m=()=>import("./lazy.js")`;
    expect(staticImports(js)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
  it('resolves specifiers against the importing module', () => {
    expect(resolveSitePath('./chunk.js', '/_astro/box.js')).toBe('/_astro/chunk.js');
    expect(resolveSitePath('../p/x.js', '/base/_astro/box.js')).toBe('/base/p/x.js');
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/a.css': 'body{margin:0}',
    '/_astro/box.js': 'import"./dep.js";import("./lazy.js")',
    '/_astro/dep.js': 'console.log(1)',
    '/favicon.svg': '<svg/>',
    '/i.png': 'PNG',
  };
  const read = (p: string) => (p in files ? new TextEncoder().encode(files[p]) : undefined);
  it('adds HTML, CSS, JS with static imports and media, gzip-compressed', () => {
    const w = pageWeight(html, read);
    expect(w.files).toEqual(['/_astro/a.css', '/_astro/box.js', '/_astro/dep.js', '/favicon.svg', '/i.png']);
    expect(w.html).toBe(gzipBytes(html));
    expect(w.js).toBe(gzipBytes("document.documentElement.dataset.theme='dark'") + gzipBytes(files['/_astro/box.js']!) + gzipBytes(files['/_astro/dep.js']!));
    expect(w.total).toBe(w.html + w.css + w.js + w.media);
  });
  it('names a file the page asks for that is not in the build', () => {
    expect(() => pageWeight(html, () => undefined)).toThrow('the page asks for /_astro/a.css, which is not in the build');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
