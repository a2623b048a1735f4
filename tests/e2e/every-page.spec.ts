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
const GROUPS = 6;

/**
 * The DOM is the same in both themes; only colours change. So the dark pass runs the rules that depend on
 * colour, and the light pass runs them all.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const builder = rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(WCAG);
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
    test.setTimeout(240_000);
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
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${current}: [${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
    for (const path of group) {
      current = path;
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      found.push(...(await axe(page, `${path} light`)));
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      found.push(...(await axe(page, `${path} dark`, COLOUR_RULES)));
    }
    await context.close();
    expect(outside, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors and warnings').toEqual([]);
    expect(found, 'axe violations').toEqual([]);
  });
}
