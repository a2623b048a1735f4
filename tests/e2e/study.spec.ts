/** Study mode: flashcards by keyboard, progress kept and moved, "mark as studied", the glossary and the matrix. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from '../helpers/dist';
import { printToPdf, squash } from '../helpers/pdf';
import { pageWeight } from '../../src/lib/checks/page-weight';

interface CardsJson {
  decks: { id: string; title: string; cards: string[] }[];
  cards: { id: string; source: { href: string } }[];
}
const data = JSON.parse(readFileSync(join(DIST, 'flashcards', 'cards.json'), 'utf8')) as CardsJson;
// The smallest domain deck keeps a full session short.
const deck = [...data.decks].filter((d) => d.id !== 'all').sort((a, b) => a.cards.length - b.cards.length)[0]!;

async function stats(page: Page): Promise<string> {
  return (await page.locator('[data-fc-stats]').textContent()) ?? '';
}

async function chooseDeckByKeyboard(page: Page, id: string): Promise<void> {
  // The deck menu is hidden until the cards have loaded; keys pressed before that would go to the page.
  await expect(page.locator('[data-fc-app]')).toBeVisible();
  const select = page.getByLabel('Deck');
  await select.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < data.decks.length && (await select.inputValue()) !== id; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(id);
  await page.keyboard.press('Tab');
}

/** Studies the chosen deck to its end by keyboard; the first card is answered "again", every other "good". */
async function studyDeck(page: Page): Promise<string[]> {
  const fronts: string[] = [];
  const front = page.locator('[data-fc-front]');
  for (let i = 0; i < deck.cards.length + 3; i++) {
    if (await page.locator('[data-fc-done]').isVisible()) break;
    await expect(front).toBeVisible();
    fronts.push((await front.innerText()).trim());
    await expect(page.locator('[data-fc-back]')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-fc-back]')).toBeVisible();
    await expect(page.getByRole('link', { name: /.+/ }).and(page.locator('[data-fc-source]'))).toBeVisible();
    await page.keyboard.press(i === 0 ? '1' : '3');
  }
  return fronts;
}

test('a full flashcard session by keyboard, kept across a reload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/flashcards/');
  await expect(page.locator('[data-fc-app]')).toBeVisible();
  await chooseDeckByKeyboard(page, deck.id);
  await expect.poll(() => stats(page)).toContain(`${deck.cards.length} cards · ${deck.cards.length} new`);

  const fronts = await studyDeck(page);
  // Every card once, and the one answered "again" once more at the end of the session.
  expect(fronts).toHaveLength(deck.cards.length + 1);
  expect(fronts.at(-1)).toBe(fronts[0]);
  expect(new Set(fronts).size).toBe(deck.cards.length);
  await expect(page.locator('[data-fc-done]')).toContainText('All caught up with this deck. The next card is due in 1 day');
  await expect.poll(() => stats(page)).toContain(`0 new · ${deck.cards.length} learning · 0 known · 0 due`);

  await page.reload();
  await expect(page.getByLabel('Deck')).toHaveValue(deck.id);
  await expect.poll(() => stats(page)).toContain(`0 new · ${deck.cards.length} learning`);
  await expect(page.locator('[data-fc-done]')).toBeVisible();
});

test('export → reset → import restores progress; a corrupt file is rejected and progress kept', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/flashcards/');
  await chooseDeckByKeyboard(page, deck.id);
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
  }
  await expect.poll(() => stats(page)).toContain(`${deck.cards.length - 2} new · 2 learning`);
  const before = await stats(page);

  await page.getByText('Your progress data').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { app: string; cards: Record<string, unknown> };
  expect(exported.app).toBe('dop-c02-study-notes');
  expect(Object.keys(exported.cards)).toHaveLength(2);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-fc-message]')).toHaveText('Progress reset.');
  await expect.poll(() => stats(page)).toContain(`${deck.cards.length} new · 0 learning`);

  await page.locator('[data-fc-import]').setInputFiles(file);
  await expect(page.locator('[data-fc-message]')).toHaveText('Imported 2 cards, 0 studied pages, 0 practice questions and 0 mock exams.');
  await expect.poll(() => stats(page)).toBe(before);

  for (const [name, body, why] of [
    ['foreign.json', '{"app":"another-app","version":1,"studied":{},"cards":{}}', 'not a progress file of this site'],
    ['broken.json', '{"app": "dop-c02-study-notes", "version": 1, "cards": {', 'not a progress file: it is not valid JSON'],
    [
      'bad-box.json',
      '{"app":"dop-c02-study-notes","version":1,"studied":{},"cards":{"service:x":{"box":99,"due":0,"reviews":0,"lapses":0}}}',
      'card "service:x" has box 99',
    ],
  ] as const) {
    await page.locator('[data-fc-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.locator('[data-fc-message]')).toContainText(`Not imported: ${why}`);
    await expect(page.locator('[data-fc-message]')).toContainText('Your progress is unchanged.');
    await expect.poll(() => stats(page)).toBe(before);
  }
  await page.reload();
  await expect.poll(() => stats(page)).toBe(before);
});

test('unreadable stored progress is set aside with a message, not overwritten', async ({ page }) => {
  await page.goto('/flashcards/');
  await page.evaluate(() => localStorage.setItem('dop-c02:progress', '{"app":"dop-c02-study-notes","version":1,"studied":7'));
  await page.reload();
  await expect(page.locator('[data-fc-message]')).toContainText('Saved flashcard progress could not be read (not a progress file: it is not valid JSON)');
  await expect(page.locator('[data-fc-front]')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('dop-c02:progress:unreadable'))).toContain('"studied":7');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('dop-c02:progress') ?? '{}').app)).toBe('dop-c02-study-notes');
});

test('"mark as studied" updates the home page and the sidebar, weighted by the exam weights', async ({ page }) => {
  await page.goto('/services/codedeploy/');
  const button = page.getByRole('button', { name: 'Mark as studied' });
  await button.click();
  await expect(page.getByRole('button', { name: 'Studied ✓' })).toHaveAttribute('aria-pressed', 'true');
  const sidebar = page.getByRole('navigation', { name: 'Domains and services' });
  await expect(sidebar.locator('[data-domain="domain-1"]')).toHaveText(/^1 of \d+ studied$/);
  await expect(sidebar.locator('[data-domain="domain-3"]')).toBeHidden();

  await page.goto('/domains/domain-1/');
  await page.getByRole('button', { name: 'Mark as studied' }).click();
  await page.goto('/');
  const overview = page.getByRole('region', { name: 'Your progress' });
  await expect(overview).toBeVisible();
  const domain1 = overview.locator('[data-domain="domain-1"]');
  await expect(domain1).toContainText(/2 of (\d+) studied/);
  const total = Number(/2 of (\d+) studied/.exec((await domain1.textContent()) ?? '')?.[1]);
  const expected = Math.round(22 * (2 / total));
  await expect(overview.locator('[data-overall-progress] [data-progress-text], .overall [data-progress-text]').first()).toHaveText(
    `${expected}% of the exam, weighted by domain`,
  );
  expect(await overview.locator('#overall-progress').evaluate((p) => (p as HTMLProgressElement).value)).toBeCloseTo((22 * (2 / total)) / 100);

  await page.reload();
  await expect(domain1).toContainText('2 of');
  await page.goto('/services/codedeploy/');
  await page.getByRole('button', { name: 'Studied ✓' }).click();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Your progress' }).locator('[data-domain="domain-1"]')).toContainText('1 of');
});

test('the flashcard script loads on the flashcards page only', () => {
  const read = (sitePath: string) => {
    try {
      return readFileSync(join(DIST, sitePath));
    } catch {
      return undefined;
    }
  };
  // Every page's scripts on load, with their static imports; the flashcard code is the one that drives [data-flashcards].
  const pages = builtPages().filter((p) => p.path.endsWith('/'));
  const loading = pages.filter((p) =>
    pageWeight(p.html, read).files.some((f) => f.endsWith('.js') && (read(f)?.toString() ?? '').includes('[data-flashcards]')),
  );
  expect(loading.map((p) => p.path)).toEqual(['/flashcards/']);
});

test('every deck is readable and prints as cut-out cards that link back to the notes', async ({ page }) => {
  await page.goto(`/flashcards/${deck.id}/`);
  const cards = page.locator('ol.cards > li');
  await expect(cards).toHaveCount(deck.cards.length);
  for (const link of await cards.locator('.from a').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(data.cards.some((c) => c.source.href === href)).toBe(true);
  }
  const pdf = await printToPdf(page, `/flashcards/${deck.id}/`, 'A4');
  // Cards never split across pages, and an A4 page holds at least four of them.
  expect(pdf.pages).toBeLessThanOrEqual(Math.ceil(deck.cards.length / 4));
  await page.goto('/flashcards/');
  await expect(page.getByRole('link', { name: deck.title })).toHaveAttribute('href', `/flashcards/${deck.id}/`);
});

test('the glossary defines each term once, and notes mark an abbreviation’s first use', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^RTO \(Recovery Time Objective\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^RPO / })).toHaveAttribute('id', 'rpo');
  await page.goto('/domains/domain-3/');
  const rto = page.locator('main abbr', { hasText: /^RTO$/ });
  await expect(rto).toHaveCount(1);
  await expect(rto).toHaveAttribute('title', 'Recovery Time Objective');
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Search the notes' }).fill('Recovery Time Objective');
  const term = page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /^RTO \(Recovery Time Objective\)/ });
  await expect(term).toHaveAttribute('href', '/glossary/#rto');
});

test('the service × domain matrix lists every service against the six domains, on two printed pages at most', async ({ page }) => {
  await page.goto('/services/matrix/');
  const table = page.getByRole('table');
  const services = builtPages().filter((p) => /^\/services\/[^/]+\/$/.test(p.path) && p.path !== '/services/matrix/').length;
  await expect(table.locator('tbody tr')).toHaveCount(services);
  const codedeploy = table.locator('tbody tr', { has: page.getByRole('link', { name: 'AWS CodeDeploy', exact: true }) });
  await expect(codedeploy.locator('td').nth(0)).toContainText('in Domain 1');
  await expect(table.locator('thead th')).toHaveCount(7);
  const pdf = await printToPdf(page, '/services/matrix/', 'A4');
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.text).toContain(squash('AWS CodeDeploy'));
  // The totals print once, at the end.
  expect(pdf.text.split(squash('Services per domain')).length - 1).toBe(1);
});
