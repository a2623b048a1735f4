/**
 * Every built page, loaded in the browser: no request leaves the site's origin, nothing is logged as an error
 * (CSP violations included), and axe-core (WCAG 2.1 A and AA) finds nothing, in the light and the dark theme.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../helpers/dist';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const paths = builtPages()
  .map((p) => p.path)
  .filter((p) => p.endsWith('/'))
  .sort();
const GROUPS = 8;

/**
 * The DOM is the same in both themes; only colours change. So the dark pass runs the rules that depend on
 * colour, and the light pass runs them all.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The sidebar (every domain and service, the same on every page that has one) is checked on the first page of
 * each group and left out on the others: it is most of a page's DOM and would otherwise be checked 130 times.
 */
async function axe(page: Page, label: string, rules: string[] | undefined, withSidebar: boolean): Promise<string[]> {
  let builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(WCAG);
  if (!withSidebar) builder = builder.exclude('#site-nav');
  const { violations } = await builder.analyze();
  return violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

test('the crawl covers every page of the site', () => {
  expect(paths.length).toBeGreaterThan(70);
  expect(paths).toContain('/');
  expect(paths).toContain('/services/codedeploy/');
});

for (let g = 0; g < GROUPS; g++) {
  const group = paths.filter((_, i) => i % GROUPS === g);
  test(`pages ${g + 1}/${GROUPS}: same-origin only, no console errors, no axe violations in light and dark`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    const origin = new URL(baseURL as string).origin;
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    const found: string[] = [];
    let current = '';
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.origin !== origin) outside.push(`${current}: ${r.url()}`);
    });
    page.on('console', (m) => {
      // The test harness blocks service workers (playwright.config.ts) and says so; offline.spec.ts tests the worker.
      if (m.text() === 'Service Worker registration blocked by Playwright') return;
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${current}: [${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
    for (const [i, path] of group.entries()) {
      current = path;
      const withSidebar = i === 0;
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      found.push(...(await axe(page, `${path} light`, undefined, withSidebar)));
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      found.push(...(await axe(page, `${path} dark`, COLOUR_RULES, withSidebar)));
    }
    await context.close();
    expect(outside, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors and warnings').toEqual([]);
    expect(found, 'axe violations').toEqual([]);
  });
}
