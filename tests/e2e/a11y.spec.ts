/** axe-core (WCAG 2.1 A and AA rules) on states a page load does not show; every page itself is in every-page.spec.ts. */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open search box has no axe violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/domains/domain-1/');
    await page.getByRole('combobox', { name: 'Search the notes' }).fill('codedeploy');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await context.close();
  });
}

test('the 404 page has no axe violations', async ({ page }) => {
  await page.goto('/no-such-page/');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

// On paper links cannot be followed and print black like the text (print.css), so only contrast is checked.
test('colour contrast holds in print, in either theme', async ({ page }) => {
  test.setTimeout(600_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ media: 'print', colorScheme });
    for (const path of ['/cheat-sheet/', '/services/codebuild/', '/domains/domain-2/']) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(violations.map((v) => `${colorScheme} ${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }
});
