/** axe-core (WCAG 2.1 A and AA rules) on every kind of page, in the light and the dark theme. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PAGES = [
  '/', '/domains/', '/services/', '/cheat-sheet/', '/corrections/', '/resources/', '/search/?q=scp', '/no-such-page/',
  '/domains/domain-1/', '/domains/domain-3/', '/services/codedeploy/', '/services/opsworks/', '/services/x-ray/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${colorScheme} theme`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    await context.close();
    expect(found).toEqual([]);
  });
}

test('the open search box has no axe violations', async ({ page }) => {
  await page.goto('/domains/domain-1/');
  await page.getByRole('combobox', { name: 'Search the notes' }).fill('codedeploy');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
