/**
 * Offline: the service worker keeps what a student opens, "Save for offline" stores the whole site with its
 * progress, and offline every saved page, search, the flashcards and the practice work; a page not saved says so;
 * a new deploy is announced and served only after the student reloads. Each test serves its own copy of the built
 * site, so it can be changed as a new deploy would change it.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import { serveDirectory } from '../helpers/static-server';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).exclude('#site-nav').analyze();
  expect(violations.map((v) => `${what}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function siteCopy(): Promise<{ dir: string; url: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serveDirectory(dir);
  return {
    dir,
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves a copy of the built site to a browser context that allows service workers, and cleans both up. */
async function withSite(browser: Browser, run: (site: { dir: string; url: string }, context: BrowserContext) => Promise<void>): Promise<void> {
  const site = await siteCopy();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    await run(site, context);
  } finally {
    await context.close();
    await site.close();
  }
}

/**
 * What a new deploy changes for the worker: its version (in sw.js, so browsers see new bytes) and the version in
 * offline.json. Returns the new version; the caller changes the pages it wants to see change.
 */
function deployNewVersion(dir: string): string {
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const old = /const VERSION = "([0-9a-f]+)"/.exec(worker)?.[1];
  if (!old) throw new Error('sw.js has no VERSION');
  const version = `${old}n`;
  writeFileSync(join(dir, 'sw.js'), worker.replace(`"${old}"`, `"${version}"`));
  const manifest = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'offline.json'), JSON.stringify({ ...manifest, version }));
  return version;
}

/** Opens the home page and waits until the service worker controls it. */
async function controlledHome(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  return page;
}

test('save for offline, then home, a domain, a service, search, flashcards and practice all work offline', async ({ browser }) => {
  test.setTimeout(300_000);
  await withSite(browser, async (site, context) => {
    const page = await controlledHome(context, site.url);
    const control = page.locator('main [data-offline]');
    await expect(control).toBeVisible();
    const status = control.locator('[data-offline-status]');
    await control.getByRole('button', { name: 'Save for offline' }).click();
    await expect(status).toContainText(/Saving \d+ pages and the search index, [\d.]+ MB for offline/);
    await expect(status).toHaveText('Saved for offline: every page, search, flashcards and practice work without a connection.', { timeout: 240_000 });
    await expect(control.locator('[data-offline-progress]')).toHaveJSProperty('value', 1);
    await expect(control.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
    await axe(page, 'saved for offline');

    await context.setOffline(true);
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOP-C02 Study Notes');
    // The saved state shows on every page, the footer's control included.
    await expect(page.locator('footer [data-offline-status]')).toContainText('Saved for offline');
    await page
      .getByRole('link', { name: /SDLC Automation/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('SDLC Automation');
    await page.goto(`${site.url}/services/codedeploy/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS CodeDeploy');

    const box = page.getByRole('combobox', { name: 'Search the notes' });
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await box.click();
    await box.fill('xray');
    await expect(options.first()).toContainText('X-Ray');
    await box.fill('pilot light');
    await expect(options.first()).toBeVisible();
    await expect(options.filter({ hasText: /pilot light/i }).first()).toBeVisible();

    await page.goto(`${site.url}/flashcards/`);
    await expect(page.locator('[data-fc-front]')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-fc-back]')).toBeVisible();

    await page.goto(`${site.url}/practice/`);
    await expect(page.locator('[data-pr-heading]')).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-pr-result]')).not.toHaveText('');
    await page.goto(`${site.url}/practice/exam/`);
    await page.getByRole('button', { name: 'Start the mock exam' }).click();
    await expect(page.locator('[data-ex-heading]')).toHaveText('Question 1');

    // Removing the offline copy leaves the study progress alone.
    await context.setOffline(false);
    const before = await page.evaluate(() => localStorage.getItem('dop-c02:progress'));
    expect(before).toContain('"answers"');
    await page.goto(`${site.url}/`);
    await page.locator('main [data-offline]').getByRole('button', { name: 'Remove offline copy' }).click();
    await expect(page.locator('main [data-offline-status]')).toHaveText('Offline copy removed. Your study progress is kept.');
    expect(await page.evaluate(() => localStorage.getItem('dop-c02:progress'))).toBe(before);
  });
});

test('offline, a page that was never opened or saved says so and links to saving', async ({ browser }) => {
  test.setTimeout(120_000);
  await withSite(browser, async (site, context) => {
    const page = await controlledHome(context, site.url);
    await page.goto(`${site.url}/services/codedeploy/`);
    await context.setOffline(true);
    // Opened before: it opens offline.
    await page.goto(`${site.url}/services/codedeploy/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS CodeDeploy');
    await page.goto(`${site.url}/services/sqs/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for offline');
    await expect(page.getByText('There is no connection, and this page is not saved on this device.')).toBeVisible();
    await axe(page, 'offline page');
    await expect(page.getByRole('main').getByRole('link', { name: 'home page', exact: true })).toBeVisible();
  });
});

test('a new build is announced, and served only after the student reloads', async ({ browser }) => {
  test.setTimeout(120_000);
  await withSite(browser, async (site, context) => {
    const page = await controlledHome(context, site.url);
    const lead = page.locator('.hero .lead');
    const oldLead = (await lead.textContent()) ?? '';

    // A new deploy: a changed page, and so a new version of the worker and of its list of files.
    deployNewVersion(site.dir);
    const home = join(site.dir, 'index.html');
    const html = readFileSync(home, 'utf8');
    expect(html).toContain('These notes follow the exam guide');
    writeFileSync(home, html.replace('These notes follow the exam guide', 'New notes. These notes follow the exam guide'));

    await page.reload();
    const banner = page.locator('[data-update]');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toHaveText(/Updated notes are available\./);
    await axe(page, 'update notice');
    // Until the student chooses, the old version stays.
    await expect(lead).toHaveText(oldLead);
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await expect(lead).toContainText('New notes. These notes follow the exam guide', { timeout: 60_000 });
    await expect(page.locator('[data-update]')).toBeHidden();
  });
});

test('the site can be installed: Chromium finds no installability error in its manifest and worker', async ({ browser }) => {
  test.setTimeout(120_000);
  await withSite(browser, async (site, context) => {
    const page = await controlledHome(context, site.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // A Playwright context is an incognito profile, where nothing installs; every other check (manifest fields, icons,
    // start URL in scope, a worker that serves it) must pass.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const { url, errors } = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
    expect(url).toBe(`${site.url}/manifest.webmanifest`);
    expect(errors).toEqual([]);
  });
});

test('a saved site stays saved through an update: the new version is saved whole before it takes over', async ({ browser }) => {
  test.setTimeout(300_000);
  await withSite(browser, async (site, context) => {
    const page = await controlledHome(context, site.url);
    await page.locator('main [data-offline]').getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.locator('main [data-offline-status]')).toHaveText(/^Saved for offline/, { timeout: 240_000 });

    // A new deploy that changes a page the student has never opened.
    const version = deployNewVersion(site.dir);
    const sqs = join(site.dir, 'services', 'sqs', 'index.html');
    writeFileSync(sqs, readFileSync(sqs, 'utf8').replace('</h1>', ' (updated)</h1>'));

    await page.reload();
    const banner = page.locator('[data-update]');
    await expect(banner).toBeVisible({ timeout: 240_000 });
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await expect(banner).toBeHidden({ timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches.filter((k) => k.startsWith('dop-c02-site-'))).toEqual([`dop-c02-site-${version}`]);

    await context.setOffline(true);
    await page.goto(`${site.url}/services/sqs/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(updated)');
    await expect(page.locator('main [data-offline-status], footer [data-offline-status]').first()).toContainText('Saved for offline');
  });
});
