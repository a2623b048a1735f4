/** Size budgets over every built page (gzip bytes, as a static host serves them), from src/lib/page-weight.ts. */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, builtPages, DIST } from '../helpers/dist';
import { BUDGETS, gzipBytes, pageAssets, pageWeight, searchFirstResultFiles } from '../../src/lib/checks/page-weight';

const pages = builtPages().filter((p) => p.path.endsWith('/'));
const read = (sitePath: string) => {
  const file = join(DIST, decodeURIComponent(sitePath));
  return existsSync(file) ? readFileSync(file) : undefined;
};
const weights = new Map(pages.map((p) => [p.path, pageWeight(p.html, read)]));
const notePages = pages.filter((p) => /^\/(domains|services)\/[^/]+\/$/.test(p.path));
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

test('a first visit to any note page, the longest study sheet included, is at most 30 kB in all', () => {
  expect(notePages.length).toBeGreaterThan(100);
  const totals = notePages.map((p) => ({ path: p.path, total: weights.get(p.path)?.total ?? 0 })).sort((a, b) => b.total - a.total);
  console.log(
    `note pages, first visit: heaviest ${totals
      .slice(0, 3)
      .map((t) => `${t.path} ${kB(t.total)}`)
      .join(', ')}`,
  );
  expect(totals.filter((t) => t.total > BUDGETS.notePageFirstVisit).map((t) => `${t.path} ${kB(t.total)}`)).toEqual([]);
});

test('all the site’s CSS together is at most 10 kB', () => {
  const css = builtFiles().filter((f) => f.includes(`${join(DIST, '_astro')}`) && f.endsWith('.css'));
  const total = css.reduce((sum, f) => sum + gzipBytes(readFileSync(f)), 0);
  const inline = pages.flatMap((p) => pageAssets(p.html).inlineStyles).filter((s) => s.trim() !== '');
  expect(inline, 'no inline <style>').toEqual([]);
  expect(total).toBeLessThanOrEqual(BUDGETS.totalCss);
});

test('every page runs at most 3 kB of JavaScript on load (search 6 kB, flashcards 7.5 kB, practice 9 kB and the mock exam 10.5 kB, whose application is the page)', () => {
  const budget = (path: string) => BUDGETS.appPageJs[path] ?? BUDGETS.jsOnLoad;
  const over = pages.filter((p) => (weights.get(p.path)?.js ?? 0) > budget(p.path)).map((p) => `${p.path} ${kB(weights.get(p.path)?.js ?? 0)}`);
  expect(over).toEqual([]);
});

test('the header search needs at most 10 kB before its first result: the code it imports on focus and the name index', () => {
  const must = (path: string) => {
    const body = read(path);
    if (!body) throw new Error(`the search asks for ${path}, which is not in the build`);
    return body;
  };
  const files = searchFirstResultFiles(pages.find((p) => p.path === '/domains/domain-1/')!.html, must);
  expect(files.some((f) => f.includes('search-combobox'))).toBe(true);
  expect(
    files.filter((f) => f.includes('search-ui')),
    'the full-text code is not needed for the first result',
  ).toEqual([]);
  const bytes = files.reduce((n, f) => n + gzipBytes(must(f)), 0);
  console.log(`search before its first result: ${kB(bytes)} (${files.join(', ')})`);
  expect(bytes).toBeLessThanOrEqual(BUDGETS.searchFirstResult);
});

test('no script the browser loads carries build-time code: the content schemas (Zod) stay on the build side', () => {
  const scripts = builtFiles().filter((f) => /\/_astro\/.*\.js$/.test(f));
  expect(scripts.length).toBeGreaterThan(5);
  // Zod's issue codes are plain strings that survive minification.
  expect(scripts.filter((f) => /\binvalid_type\b/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(DIST.length))).toEqual([]);
});

test('no web fonts and no images but the icon (and the app icons a phone installs from the web app manifest)', () => {
  const files = builtFiles().map((f) => f.slice(DIST.length));
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  expect(files.filter((f) => /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(f)).sort()).toEqual(['/favicon.svg', '/icons/icon-192.png', '/icons/icon-512.png']);
  for (const p of pages) expect(pageAssets(p.html).media, p.path).toEqual(['/favicon.svg']);
});
