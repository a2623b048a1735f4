import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK = 'rgb(15, 20, 25)';
const LIGHT = 'rgb(255, 255, 255)';

test('follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT);
});

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/domains/domain-1/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK);
  await page.reload();
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/services/');
  expect(await background(page)).toBe(DARK);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await background(page)).toBe(LIGHT);
});

test('code blocks are highlighted in both themes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/services/codebuild/');
  const token = page.locator('pre.astro-code span[class*="sl-"]').first();
  const light = await token.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await token.evaluate((el) => getComputedStyle(el).color);
  expect(light).not.toBe(dark);
  const distinctColours = await page
    .locator('pre.astro-code')
    .first()
    .evaluate((pre) => new Set([...pre.querySelectorAll('span span')].map((s) => getComputedStyle(s).color)).size);
  expect(distinctColours).toBeGreaterThan(2);
});
