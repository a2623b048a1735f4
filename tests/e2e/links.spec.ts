/** Every internal link and #anchor of the built site resolves; every external link is safe and listed. */
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { externalLinks, findBrokenLinks, unsafeLinks } from '../../src/lib/checks/links';

test('every internal link and anchor resolves', () => {
  const pages = builtPages();
  const broken = findBrokenLinks(
    pages.map((p) => ({ path: p.path, html: p.html })),
    '/',
  );
  expect(broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`)).toEqual([]);
  expect(pages.length).toBeGreaterThan(60);
});

test('every external link opens safely; the list of external URLs is printed for review, not fetched', () => {
  const pages = builtPages().map((p) => ({ path: p.path, html: p.html }));
  expect(unsafeLinks(pages).map((l) => `${l.from} → ${l.href}`)).toEqual([]);
  const external = externalLinks(pages);
  expect(external.length).toBeGreaterThan(20);
  console.log(`${external.length} external URLs (not fetched):\n${external.map((l) => `  ${l.url}  ← ${l.from.join(', ')}`).join('\n')}`);
});
