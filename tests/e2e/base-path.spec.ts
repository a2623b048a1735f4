/**
 * The site built for a sub-path (as on GitHub Pages: https://user.github.io/dop-c02/):
 * links, assets and search must all stay under the base path.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Server } from 'node:http';
import { ASTRO_BIN } from '../helpers/fixtures';
import { findBrokenLinks } from '../../src/lib/checks/links';
import { serveDist } from '../../bench/serve.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = '/dop-c02/';
let root = '';
let server: Server;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = mkdtempSync(join(tmpdir(), 'base-path-'));
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', join(root, 'dop-c02')], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: 'https://example.github.io', ASTRO_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build with BASE_PATH failed:\n${result.stdout}\n${result.stderr}`);
  server = (await serveDist(root)) as Server;
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => {
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function pagesUnder(dir: string): { path: string; html: string }[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => {
      const rel = relative(dir, f).split(sep).join('/');
      return { path: `/${rel.slice(0, -'index.html'.length)}`, html: readFileSync(f, 'utf8') };
    });
}

test('every link and asset stays under the base path', () => {
  const pages = pagesUnder(join(root, 'dop-c02'));
  expect(pages.length).toBeGreaterThan(70);
  expect(findBrokenLinks(pages, BASE)).toEqual([]);
  for (const page of pages) {
    for (const m of page.html.matchAll(/(?:src|href)="(\/[^"]*)"/g)) expect(m[1]!.startsWith(BASE), `${page.path}: ${m[1]}`).toBe(true);
  }
  expect(readFileSync(join(root, 'dop-c02', 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.github.io/dop-c02/services/codedeploy/</loc>');
});

test('browsing and search work under the base path', async ({ page }) => {
  await page.goto(`${origin}${BASE}`);
  await page
    .getByRole('figure')
    .getByRole('link', { name: /Security and Compliance/ })
    .click();
  await expect(page).toHaveURL(`${origin}${BASE}domains/domain-6/`);
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', new RegExp(`^${BASE}`));
  await page.waitForLoadState('load'); // the search box's script must be running before the shortcut
  await page.keyboard.press('/');
  await page.keyboard.type('SCP');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('Service control policies', { timeout: 30_000 });
  await expect(first).toHaveAttribute('href', `${BASE}services/scp/`);
});

test('the service worker, its list of files and the web app manifest stay under the base path, and saving works there', async ({ browser }) => {
  const site = join(root, 'dop-c02');
  const manifest = JSON.parse(readFileSync(join(site, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; icons: { src: string }[] };
  expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
  for (const icon of manifest.icons) expect(icon.src.startsWith(BASE)).toBe(true);
  const offline = JSON.parse(readFileSync(join(site, 'offline.json'), 'utf8')) as { shell: string[]; site: string[] };
  expect([...offline.shell, ...offline.site].filter((u) => !u.startsWith(BASE))).toEqual([]);
  expect(offline.site).toContain(`${BASE}services/codedeploy/`);
  expect(readFileSync(join(site, 'sw.js'), 'utf8')).toContain(`const BASE = "${BASE}"`);

  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}${BASE}sw.js`);
    await page.locator('main [data-offline]').getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.locator('main [data-offline-status]')).toHaveText(/^Saved for offline/, { timeout: 240_000 });
    await context.setOffline(true);
    await page.goto(`${origin}${BASE}services/sqs/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('SQS');
  } finally {
    await context.close();
  }
});
