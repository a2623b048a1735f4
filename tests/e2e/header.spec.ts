/** The header reaches every section of the site (the list in src/lib/site/sections.ts) on a phone and a desktop, with and without JavaScript. */
import { expect, test } from '@playwright/test';
import { SITE_SECTIONS } from '../../src/lib/site/sections';

const reachable = SITE_SECTIONS.filter((s) => s.header !== 'none');

for (const width of [360, 1280]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: { width, height: 800 }, javaScriptEnabled });

      test('every section is a link in the header, the study ones behind the Study menu', async ({ page }) => {
        await page.goto('/services/codedeploy/');
        const nav = page.getByRole('navigation', { name: 'Main', exact: true });
        await nav.getByText('Study', { exact: true }).click();
        for (const section of reachable) {
          const link = nav.getByRole('link', { name: section.label, exact: true });
          await expect(link, section.label).toBeVisible();
          await expect(link).toHaveAttribute('href', section.href);
        }
        await nav.getByRole('link', { name: 'Glossary', exact: true }).click();
        await expect(page).toHaveURL(/\/glossary\/$/);
        await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
      });

      if (width === 1280) {
        test('the header stays on one row', async ({ page }) => {
          await page.goto('/');
          const tops = await page.locator('.main-nav > ul > li:visible').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
          expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
          const header = await page.locator('.site-header').boundingBox();
          expect(header!.height).toBeLessThan(70);
        });
      }
    });
  }
}

test('the Study menu closes on Escape and on a click elsewhere', async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('.nav-menu summary');
  await summary.click();
  await expect(page.getByRole('link', { name: 'Flashcards', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Flashcards', exact: true })).toBeHidden();
  await expect(summary).toBeFocused();
  await summary.click();
  await page.mouse.click(10, 500);
  await expect(page.getByRole('link', { name: 'Flashcards', exact: true })).toBeHidden();
});
