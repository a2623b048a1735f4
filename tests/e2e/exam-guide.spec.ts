/** The exam-guide checklist and the sources of the study sheets, as a student sees them. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages } from '../helpers/dist';

const ROOT = join(import.meta.dirname, '..', '..');
const inScope = parse(readFileSync(join(ROOT, 'content', 'in-scope.yaml'), 'utf8')) as { listed: string }[];

test('the checklist shows every domain, task statement and skill, each skill linked to where it is taught', async ({ page }) => {
  await page.goto('/exam-guide/');
  await expect(page.getByRole('heading', { level: 1, name: 'Exam guide checklist' })).toBeVisible();
  const domains = page.locator('section.domain');
  await expect(domains).toHaveCount(6);
  await expect(domains.locator('h3')).toHaveCount(19);
  const skills = domains.locator('ol.skills > li');
  expect(await skills.count()).toBeGreaterThan(90);
  for (const skill of await skills.all()) expect(await skill.locator('ul.where a').count()).toBeGreaterThan(0);
  await skills.first().locator('ul.where a').first().click();
  await expect(page).toHaveURL(/\/(services|domains)\/[^/]+\/#[a-z0-9-]+$/);
});

test('no skill of the guide is thin: each has at least 80 words of teaching text', async ({ page }) => {
  await page.goto('/exam-guide/');
  await expect(page.locator('.lead')).toContainText('Every skill has at least 80 words of teaching text');
  for (const id of ['domain-1', 'domain-2', 'domain-3', 'domain-4', 'domain-5', 'domain-6']) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    expect(await section.locator('ol.skills > li').count(), id).toBeGreaterThan(10);
    const thin = await section.locator('ol.skills > li.is-thin .skill').allTextContents();
    expect(thin, `${id} thin skills`).toEqual([]);
  }
});

test('the in-scope services of the guide (107) and those its task statements name each link to a page', async ({ page }) => {
  await page.goto('/exam-guide/');
  const section = page.locator('section[aria-labelledby="in-scope-services"]');
  const appendix = inScope.filter((e) => e.listed === 'appendix').length;
  expect(appendix).toBe(107);
  await expect(section.locator('ul.in-scope a')).toHaveCount(inScope.length);
  const paths = new Set(builtPages().map((p) => p.path));
  for (const href of await section.locator('ul.in-scope a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
    expect(paths.has(href), href).toBe(true);
});

test('a study sheet ends with its sources, linked, and prints them', async ({ page }) => {
  await page.goto('/services/cloudwatch/');
  const sources = page.locator('section[aria-labelledby="page-sources"]');
  await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const links = sources.locator('ol').getByRole('link');
  expect(await links.count()).toBeGreaterThan(10);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
    expect(href).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
  await expect(page.locator('.toc').getByRole('link', { name: 'Sources' })).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(sources).toBeVisible();
});

test('every page whose text goes beyond the original notes lists its sources', () => {
  const sheets = builtPages().filter((p) =>
    /^\/services\/(cloudwatch|x-ray|cloudtrail|eventbridge|sns|sqs|systems-manager|lambda|step-functions|health|kinesis-data-streams|data-firehose|opensearch|athena|quicksight|config)\/$/.test(
      p.path,
    ),
  );
  expect(sheets).toHaveLength(16);
  for (const p of [...sheets, ...builtPages().filter((b) => b.path === '/domains/domain-4/' || b.path === '/domains/domain-5/')])
    expect(p.html, p.path).toContain('aria-labelledby="page-sources"');
});
