/**
 * What a review of the built site found (issue 10), each checked where a student meets it, so none comes back:
 * CodeCommit's status, Markdown syntax on cards and pages, the sitemap, one service order, corrections beside
 * every statement that names their subject.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages, DIST } from '../helpers/dist';
import { markdownLeftovers } from '../../src/lib/checks/markdown-leftovers';
import { spacesBeforePunctuation } from '../../src/lib/checks/spacing';
import { missingCorrections, pageSections } from '../../src/lib/checks/errata-coverage';
import { substantiveLines, visibleText } from '../../src/lib/checks/coverage';
import { repairNotes } from '../../src/lib/checks/source-repairs';
import { erratumSchema } from '../../src/lib/content/schemas';
import { serviceSortKey } from '../../src/lib/site/navigation';

const ROOT = join(import.meta.dirname, '..', '..');
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;
const rowWith = (html: string, name: string) =>
  [...html.matchAll(/<tr\b[\s\S]*?<\/tr>|<li\b[\s\S]*?<\/li>/g)].map((m) => m[0]).find((row) => row.includes(`>${name}<`)) ?? '';

test('CodeCommit is available: no "closed" badge on its page, the A–Z or the cheat sheet, and the correction says what happened', () => {
  const own = visibleText(page('/services/codecommit/').html);
  expect(own).not.toContain('Closed to new customers');
  expect(own).toContain('25 July 2024');
  expect(own).toContain('24 November 2025');
  for (const path of ['/services/', '/cheat-sheet/', '/cheat-sheet/domain-1/', '/services/matrix/', '/domains/domain-1/']) {
    const row = rowWith(page(path).html, 'AWS CodeCommit');
    expect(row, path).not.toBe('');
    expect(visibleText(row), path).not.toContain('Closed to new customers');
  }
});

test('no flashcard, deck or page shows Markdown syntax', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'flashcards', 'cards.json'), 'utf8')) as { cards: { id: string; front: string; back: string[] }[] };
  expect(data.cards.length).toBeGreaterThan(150);
  const onCards = data.cards.flatMap((c) => markdownLeftovers([c.front, ...c.back].join(' ')).map((l) => `${c.id}: ${l}`));
  expect(onCards).toEqual([]);
  const onPages = pages.flatMap((p) => markdownLeftovers(p.html).map((l) => `${p.path}: ${l}`));
  expect(onPages).toEqual([]);
});

test('no deck holds two cards with the same front: a student can tell every card of a deck apart', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'flashcards', 'cards.json'), 'utf8')) as {
    decks: { id: string; cards: string[] }[];
    cards: { id: string; front: string }[];
  };
  const front = new Map(data.cards.map((c) => [c.id, c.front]));
  for (const deck of data.decks) {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const id of deck.cards) {
      const text = front.get(id)!;
      if (seen.has(text)) repeated.push(`${text} (${seen.get(text)}, ${id})`);
      else seen.set(text, id);
    }
    expect(repeated, deck.id).toEqual([]);
  }
});

test('no page shows a space between a name and the comma or colon after it ("Domain 3 , Domain 4")', () => {
  const found = pages.flatMap((p) => spacesBeforePunctuation(p.html).map((s) => `${p.path}: ${s}`));
  expect(found).toEqual([]);
});

test('the sitemap lists every built page but the 404', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const built = pages.map((p) => p.path).filter((p) => p.endsWith('/'));
  expect(built.filter((p) => !listed.has(p))).toEqual([]);
  expect([...listed].filter((p) => !built.includes(p))).toEqual([]);
  expect(listed.size).toBe(built.length);
  expect(pages.some((p) => p.path === '/404.html')).toBe(true);
});

test('services sort the same way everywhere: "AWS" and "Amazon" do not count', () => {
  const names = (html: string) =>
    [...html.matchAll(/<th scope="row"[^>]*>\s*<a href="[^"]*\/services\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  const matrix = names(page('/services/matrix/').html);
  expect(matrix.length).toBeGreaterThan(50);
  expect(matrix).toEqual([...matrix].sort((a, b) => serviceSortKey(a).localeCompare(serviceSortKey(b), 'en')));
  const byCategory = page('/services/').html.split('<h2').slice(1).map(names);
  for (const group of byCategory) expect(group).toEqual([...group].sort((a, b) => serviceSortKey(a).localeCompare(serviceSortKey(b), 'en')));
});

test('every line of the notes that names a corrected subject shows the correction beside it, on every note page', () => {
  const errata = (parse(readFileSync(join(ROOT, 'content', 'errata.yaml'), 'utf8')) as unknown[]).map((e) => {
    const data = erratumSchema.parse(e);
    return { id: data.id, data };
  });
  expect(errata.filter((e) => e.data.subjects.length > 0).length).toBeGreaterThanOrEqual(6);
  const lines = substantiveLines(repairNotes(readFileSync(join(ROOT, 'tests', 'fixtures', 'DOP-C02-study-notes.md'), 'utf8')));
  const notePages = pages.filter((p) => /^\/(domains|services)\/[^/]+\/$/.test(p.path) && p.path !== '/services/matrix/');
  const missing = missingCorrections(
    lines,
    notePages.flatMap((p) => pageSections(p.path, p.html)),
    errata,
  );
  expect(missing.map((m) => `${m.erratum} missing at ${m.path} § "${m.heading}": line ${m.line.line} "${m.line.text}"`)).toEqual([]);
});
