/** Every internal link and #anchor of the built site resolves. */
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { findBrokenLinks } from '../../src/lib/links';

test('every internal link and anchor resolves', () => {
  const pages = builtPages();
  const broken = findBrokenLinks(pages.map((p) => ({ path: p.path, html: p.html })), '/');
  expect(broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`)).toEqual([]);
  expect(pages.length).toBeGreaterThan(60);
});
