/**
 * Practice questions and the mock exam: a practice round by keyboard, a missed question in the flashcards, a full
 * mock exam submitted and its report checked against the answers given, flags on the review screen, the countdown
 * across a reload, history through export → reset → import, the page without JavaScript, and search.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, DIST } from '../helpers/dist';
import { pageAssets } from '../../src/lib/checks/page-weight';
import type { QuestionsFile } from '../../src/lib/practice/questions';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const file = JSON.parse(readFileSync(join(DIST, 'practice', 'questions.json'), 'utf8')) as QuestionsFile;
const byId = new Map(file.questions.map((q) => [q.id, q]));
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
/** The task statement with the fewest questions keeps a round short. */
const task = [...new Set(file.questions.map((q) => q.task))].sort(
  (a, b) => file.questions.filter((q) => q.task === a).length - file.questions.filter((q) => q.task === b).length,
)[0]!;
const round = file.questions.filter((q) => q.task === task);

async function axe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).exclude('#site-nav').analyze();
  expect(violations.map((v) => `${what}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

/** Keys that answer a question: its correct options, or (wrong) the first incorrect option. */
function keysFor(id: string, right: boolean): string[] {
  const q = byId.get(id)!;
  if (right) return q.correct.map((c) => String(LETTERS.indexOf(c) + 1));
  const wrong = q.options.find((o) => !q.correct.includes(o.id))!;
  return [String(LETTERS.indexOf(wrong.id) + 1)];
}

async function chooseTask(page: Page, id: string): Promise<void> {
  await page.getByLabel('Questions from').selectOption(`t${id}`);
}

async function storedProgress(page: Page): Promise<{
  cards: Record<string, { box: number }>;
  practice: { answers: Record<string, { tries: number; lastRight: boolean }>; exams: { right: number; total: number }[] };
}> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('dop-c02:progress') ?? '{"cards":{},"practice":{"answers":{},"exams":[]}}'));
}

test('a practice round by keyboard: answers checked at once, every option explained, a missed question in the flashcards', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/practice/');
  await expect(page.locator('[data-pr-app]')).toBeVisible();
  await expect(page.locator('[data-pr-list]')).toBeHidden();
  await chooseTask(page, task);
  const heading = page.locator('[data-pr-heading]');
  await expect(heading).toHaveText(`Question 1 of ${round.length}`);
  await axe(page, 'practice question');

  const missed = round[1]!.id;
  for (const [i, q] of round.entries()) {
    await expect(heading).toHaveText(`Question ${i + 1} of ${round.length}`);
    if (i > 0) await expect(heading).toBeFocused();
    await expect(page.locator('[data-pr-legend]')).toHaveText(q.pick === 1 ? 'Choose one answer' : /^Choose (two|three) answers$/);
    const right = q.id !== missed;
    for (const key of keysFor(q.id, right)) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    const result = page.locator('[data-pr-result]');
    if (right) await expect(result).toHaveText(`Right: ${q.correct.join(' and ')}.`);
    else await expect(result).toHaveText(`Not right. The answer is ${q.correct.join(' and ')}. This question joins your flashcards to review again.`);
    // Every option's explanation and the sections to study.
    await expect(page.locator('[data-pr-explain] [data-why]')).toHaveCount(q.options.length);
    await expect(page.locator('[data-pr-explain] [data-q-study] a').first()).toBeVisible();
    await expect(page.locator('[data-pr-next]')).toBeFocused();
    if (i === 0) await axe(page, 'practice answer');
    await page.keyboard.press('n');
  }
  await expect(page.locator('[data-pr-done]')).toContainText(`right on ${round.length - 1} of ${round.length} questions`);

  const stored = await storedProgress(page);
  expect(Object.keys(stored.practice.answers).sort()).toEqual(round.map((q) => q.id).sort());
  expect(stored.practice.answers[missed]).toMatchObject({ tries: 1, lastRight: false });
  expect(Object.keys(stored.cards)).toEqual([`q:${missed}`]);

  await page.reload();
  await expect(page.locator('[data-pr-weak]')).toBeVisible();
  await expect(page.locator('[data-pr-weak-list]')).toContainText(task);

  // The home page names the task statement to practise next, and links to its questions.
  await page.goto('/');
  const weak = page.locator('[data-weak-tasks]');
  await expect(weak).toBeVisible();
  await weak.getByRole('link', { name: new RegExp(`^${task.replace('.', '\\.')} `) }).click();
  await expect(page.getByLabel('Questions from')).toHaveValue(`t${task}`);

  await page.goto('/flashcards/');
  await page.getByLabel('Deck').selectOption('missed');
  await expect(page.locator('[data-fc-stats]')).toContainText('Missed practice questions: 1 cards');
  await expect(page.locator('[data-fc-kind]')).toHaveText('Missed practice question');
  const scenarioStart = byId
    .get(missed)!
    .scenario.replace(/<[^>]+>/g, '')
    .slice(0, 40);
  await expect(page.locator('[data-fc-front]')).toContainText(scenarioStart);
  await page.keyboard.press('Space');
  await expect(page.locator('[data-fc-back]')).toContainText(`${byId.get(missed)!.correct[0]}.`);
});

test('a full mock exam: flags on the review screen, and a report that matches the answers given', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/practice/exam/');
  await page.getByRole('button', { name: 'Start the mock exam' }).click();
  const ids = await page.evaluate(() => (JSON.parse(localStorage.getItem('dop-c02:exam') ?? '{}') as { ids: string[] }).ids);
  const size = Math.min(75, file.questions.length);
  expect(ids).toHaveLength(size);
  await expect(page.locator('[data-ex-heading]')).toHaveText('Question 1');
  await axe(page, 'exam question');

  // Right on every third question, wrong on the others, the last two left blank; question 3 flagged.
  const answers = new Map<string, boolean>();
  for (const [i, id] of ids.entries()) {
    await expect(page.locator('[data-ex-heading]')).toHaveText(`Question ${i + 1}`);
    if (i < ids.length - 2) {
      const right = i % 3 === 0;
      answers.set(id, right);
      for (const key of keysFor(id, right)) await page.keyboard.press(key);
    }
    if (i === 2) {
      await page.keyboard.press('f');
      await expect(page.locator('[data-ex-flag]')).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('n');
  }
  await expect(page.locator('#ex-review-h')).toBeFocused();
  await expect(page.locator('[data-ex-review-summary]')).toHaveText(`${size - 2} of ${size} answered, 1 flagged, 2 blank. Blank questions count as wrong.`);
  await expect(page.locator('[data-ex-review-list] button').nth(2)).toHaveText('3: flagged, answered');
  await expect(page.locator('[data-ex-review-list] button').nth(size - 1)).toHaveText(`${size}: blank`);
  await axe(page, 'exam review');

  // The flagged question is one click from the review screen.
  await page.locator('[data-ex-review-list] button').nth(2).click();
  await expect(page.locator('[data-ex-heading]')).toHaveText('Question 3');
  await page.getByRole('button', { name: 'Review', exact: true }).click();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  const right = [...answers.values()].filter(Boolean).length;
  await expect(page.locator('[data-ex-score]')).toHaveText(
    `You answered ${right} of ${size} questions right (${Math.round((right / size) * 100)}%); 2 left blank.`,
  );
  for (const d of file.domains) {
    const mine = ids.filter((id) => byId.get(id)!.domain === d.number);
    const got = mine.filter((id) => answers.get(id)).length;
    await expect(page.locator('[data-ex-domains] tr', { hasText: `Domain ${d.number}:` })).toContainText(`${d.weight}%${got} of ${mine.length}`);
  }
  await expect(page.locator('[data-ex-answers] > li')).toHaveCount(size);
  await expect(page.locator('[data-ex-answers] > li[data-ex-result="right"]')).toHaveCount(right);
  const first = byId.get(ids[0]!)!;
  await expect(page.locator('[data-ex-answers] > li').first()).toContainText(
    `your answer: ${first.correct.join(', ')} · right answer: ${first.correct.join(', ')}`,
  );
  await axe(page, 'exam report');

  const stored = await storedProgress(page);
  expect(stored.practice.exams).toEqual([expect.objectContaining({ right, total: size })]);
  expect(Object.keys(stored.cards)).toHaveLength([...answers.values()].filter((r) => !r).length);
  expect(await page.evaluate(() => localStorage.getItem('dop-c02:exam'))).toBeNull();
});

function seconds(clock: string): number {
  return clock
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

test('the countdown survives a reload, and a pause stops it', async ({ page }) => {
  await page.goto('/practice/exam/');
  await page.getByRole('button', { name: 'Start the mock exam' }).click();
  const clock = page.locator('[data-ex-clock]');
  await expect(clock).toHaveText(/^\d:\d\d:\d\d$/);
  const start = seconds((await clock.textContent()) ?? '');
  await page.keyboard.press('1');
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.locator('[data-ex-message]')).toHaveText('Your mock exam in progress was restored.');
  await expect(page.locator('[data-ex-heading]')).toHaveText('Question 1');
  await expect(page.locator('[data-ex-options] input').first()).toBeChecked();
  await expect.poll(async () => seconds((await clock.textContent()) ?? '')).toBeLessThanOrEqual(start - 2);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('[data-ex-paused]')).toBeVisible();
  await expect(page.locator('[data-ex-body]')).toBeHidden();
  const paused = (await clock.textContent()) ?? '';
  await page.waitForTimeout(2000);
  await page.reload();
  await expect(clock).toHaveText(paused);
  await expect(page.locator('[data-ex-paused]')).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).first().click();
  await expect(page.locator('[data-ex-body]')).toBeVisible();
});

test('practice history survives export → reset → import; a corrupt file is refused', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/practice/');
  await chooseTask(page, task);
  for (const key of keysFor(round[0]!.id, false)) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-pr-result]')).toContainText('Not right');

  await page.goto('/flashcards/');
  await page.getByText('Your progress data').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(exported).practice.answers[round[0]!.id]).toMatchObject({ tries: 1, right: 0, lastRight: false });

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-fc-message]')).toHaveText('Progress reset.');
  expect((await storedProgress(page)).practice.answers).toEqual({});

  const broken = JSON.parse(exported);
  broken.practice.answers[round[0]!.id].right = 5;
  await page.locator('[data-fc-import]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.locator('[data-fc-message]')).toContainText(`Not imported: practice answer "${round[0]!.id}" needs whole "tries" ≥ "right"`);
  expect((await storedProgress(page)).practice.answers).toEqual({});

  await page.locator('[data-fc-import]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.locator('[data-fc-message]')).toHaveText('Imported 1 cards, 0 studied pages, 1 practice questions and 0 mock exams.');
  await page.goto('/practice/');
  await expect(page.locator('[data-pr-weak-list]')).toContainText(`${task}`);
  await expect(page.locator('[data-pr-weak-list]')).toContainText('0% right over 1 try');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/practice/ reads every question, its answer and explanations behind a disclosure', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.locator('[data-pr-nojs]')).toBeVisible();
    await expect(page.locator('article[data-question]')).toHaveCount(file.questions.length);
    const q = file.questions[0]!;
    const article = page.locator(`#q-${q.id}`);
    await expect(article.locator('.q-correct')).toBeHidden();
    await article.getByText('Answer and explanations').click();
    await expect(article.locator('.q-correct')).toHaveText(`Answer: ${q.correct.join(', ')}`);
    await expect(article.locator('[data-why]')).toHaveCount(q.options.length);
    await page.goto('/practice/exam/');
    await expect(page.locator('[data-ex-nojs]')).toContainText('The mock exam needs JavaScript');
  });
});

test('search does not land on practice questions: no page of the index is a practice page', async ({ page }) => {
  for (const path of ['practice/index.html', 'practice/exam/index.html']) {
    expect(readFileSync(join(DIST, path), 'utf8')).not.toContain('data-pagefind-body');
  }
  const dir = join(DIST, 'pagefind', 'fragment');
  const urls = readdirSync(dir).map(
    (f) =>
      (
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string }
      ).url,
  );
  expect(urls.length).toBeGreaterThan(100);
  expect(urls.filter((u) => u.includes('/practice/'))).toEqual([]);
  // A search for a service the questions ask about lands on the notes.
  await page.goto('/search/?q=warm%20pool');
  await expect(page.locator('.results a').first()).toHaveAttribute('href', /\/services\//);
  expect(await page.locator('.results a[href*="/practice/"]').count()).toBe(0);
});

test('the question list, as it reads without JavaScript, passes axe with an answer open', async ({ page }) => {
  await page.goto('/practice/');
  await expect(page.locator('[data-pr-app]')).toBeVisible();
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-pr-list]')!.hidden = false;
    document.querySelector('details.q-answer')?.setAttribute('open', '');
  });
  await axe(page, 'question list');
});

test('at 360 px the practice round and the mock exam fit the screen, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await page.goto('/practice/');
  await expect(page.locator('[data-pr-heading]')).toBeVisible();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-pr-explain]')).toBeVisible();
  expect(await noSideways()).toBe(true);
  await page.goto('/practice/exam/');
  await page.getByRole('button', { name: 'Start the mock exam' }).click();
  await expect(page.locator('[data-ex-heading]')).toHaveText('Question 1');
  expect(await noSideways()).toBe(true);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  expect(await noSideways()).toBe(true);
});

test('the question scripts load on the practice pages only', () => {
  const pages = builtPages();
  const scriptsOf = (path: string) => new Set(pageAssets(pages.find((p) => p.path === path)!.html).scripts);
  const everyPage = scriptsOf('/');
  for (const path of ['/practice/', '/practice/exam/']) {
    const own = [...scriptsOf(path)].filter((s) => !everyPage.has(s));
    expect(own.length, path).toBeGreaterThan(0);
    const elsewhere = pages.filter((p) => p.path !== path && pageAssets(p.html).scripts.some((s) => own.includes(s))).map((p) => p.path);
    expect(elsewhere, path).toEqual([]);
  }
});
