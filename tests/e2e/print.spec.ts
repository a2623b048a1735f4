/**
 * What comes out of the printer: PDFs rendered by Chromium with print media,
 * read back with pdf.js. Budgets: the whole-exam sheet ≤ 6 pages, a domain
 * sheet ≤ 2, on A4 and US Letter, body text ≥ 8.5 pt.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import { printToPdf, squash } from '../helpers/pdf';

/** The printable width of A4 with our margins (210 mm − 22 mm) in CSS pixels. */
const PRINT_WIDTH = Math.floor((188 / 25.4) * 96);

async function elementsWiderThanPaper(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize({ width: PRINT_WIDTH, height: 1100 });
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 5);
  });
}

const DOMAIN_TITLES = [
  'SDLC Automation',
  'Configuration Management and Infrastructure as Code',
  'Resilient Cloud Solutions',
  'Monitoring and Logging',
  'Incident and Event Response',
  'Security and Compliance',
];

/** Core service names, read from the built domain pages (they list them under "Core AWS DevOps Services"). */
function coreServiceNames(): string[] {
  const names = new Set<string>();
  for (let n = 1; n <= 6; n++) {
    const html = readFileSync(join(DIST, 'domains', `domain-${n}`, 'index.html'), 'utf8');
    const section = html.split('id="core-aws-devops-services"')[1]!.split('</ul>')[0]!;
    for (const m of section.matchAll(/<a href="\/services\/([^/]+)\/"[^>]*>\s*<strong/g)) names.add(m[1]!);
  }
  return [...names].map((id) => {
    const html = readFileSync(join(DIST, 'services', id, 'index.html'), 'utf8');
    return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replaceAll('&amp;', '&');
  });
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the whole-exam cheat sheet fits 6 ${format} pages with every domain and core service`, async ({ page }) => {
    const pdf = await printToPdf(page, '/cheat-sheet/', format);
    console.log(`cheat sheet, ${format}: ${pdf.pages} pages, smallest text ${pdf.smallestFont.toFixed(1)} pt`);
    expect(pdf.pages).toBeLessThanOrEqual(6);
    // PDF font matrices carry float noise (8.4973 for 8.5 pt): compare at a tenth of a point.
    expect(Math.round(pdf.smallestFont * 10) / 10).toBeGreaterThanOrEqual(8.5);
    for (const title of DOMAIN_TITLES) expect(pdf.text).toContain(squash(title));
    const names = coreServiceNames();
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) expect(pdf.text, name).toContain(squash(name));
    for (const chrome of [
      'Skip to content',
      'Search notes',
      'Find a service',
      'Services A–Z',
      'Compliance (',
      'Dark theme',
      'Print this page',
      'On this page',
    ]) {
      expect(pdf.text).not.toContain(squash(chrome));
    }
  });

  test(`a domain cheat sheet fits 2 ${format} pages`, async ({ page }) => {
    for (let n = 1; n <= 6; n++) {
      const pdf = await printToPdf(page, `/cheat-sheet/domain-${n}/`, format);
      expect(pdf.pages, `domain ${n}`).toBeLessThanOrEqual(2);
      expect(pdf.text).toContain(squash(DOMAIN_TITLES[n - 1]!));
    }
  });
}

test('the longest note page prints with nothing cut off and no navigation', async ({ page }) => {
  const servicePages = readdirSync(join(DIST, 'services')).filter((d) => statSync(join(DIST, 'services', d)).isDirectory());
  const longest = servicePages.sort(
    (a, b) => statSync(join(DIST, 'services', b, 'index.html')).size - statSync(join(DIST, 'services', a, 'index.html')).size,
  )[0]!;
  const path = `/services/${longest}/`;
  expect(await elementsWiderThanPaper(page, path)).toEqual([]);
  const pdf = await printToPdf(page, path, 'A4');
  console.log(`${path} prints on ${pdf.pages} A4 pages`);
  expect(Math.round(pdf.smallestFont * 10) / 10).toBeGreaterThanOrEqual(7.5);
  // Header, sidebar (its category groups show counts), search, table of contents, prev/next, buttons.
  for (const chrome of ['Skip to content', 'Search notes', 'Services A–Z', 'Compliance (', '← Previous', 'Next →', 'On this page', 'Print this page']) {
    expect(pdf.text, chrome).not.toContain(squash(chrome));
  }
  // Long code lines wrap instead of running off the page: the longest one is there in full.
  const codeLines = (await page.locator('pre').allInnerTexts()).flatMap((t) => t.split('\n'));
  const longestLine = codeLines.sort((a, b) => b.length - a.length)[0] ?? '';
  expect(longestLine.length, 'the longest page has a code block').toBeGreaterThan(40);
  expect(pdf.text).toContain(squash(longestLine));
});

test('no element is wider than the paper on the sheets and the widest tables', async ({ page }) => {
  for (const path of ['/cheat-sheet/', '/cheat-sheet/domain-2/', '/domains/domain-1/', '/domains/domain-2/', '/services/codebuild/']) {
    expect(await elementsWiderThanPaper(page, path), path).toEqual([]);
  }
});

test('external links print their address, internal links do not', async ({ page }) => {
  const pdf = await printToPdf(page, '/resources/', 'A4');
  expect(pdf.text).toContain('(https://towardsthecloud.com/aws-devops-engineer-professional-exam-guide)');
  const domain = await printToPdf(page, '/domains/domain-2/', 'A4');
  expect(domain.text).toContain('AWSControlTower');
  expect(domain.text).not.toContain('(/services/control-tower/)');
});

test('the Print button prints and is absent without JavaScript', async ({ page, browser }) => {
  await page.goto('/cheat-sheet/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.goto('/services/codedeploy/');
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(new URL('/cheat-sheet/', page.url()).href);
  await expect(plain.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await noJs.close();
});
