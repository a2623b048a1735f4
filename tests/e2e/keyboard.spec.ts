/**
 * A keyboard-only student: home → domain → service → search → cheat sheet, with Tab, Enter, "/" and the
 * arrow keys only, and a visible focus indicator on every element focus lands on along the way.
 */
import { expect, test, type Page } from '@playwright/test';

interface Focused {
  tag: string;
  name: string;
  href: string | null;
  visible: boolean;
  indicator: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', href: null, visible: false, indicator: false };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
      indicator: outline || shadow,
    };
  });
}

/** Presses Tab until the focused element matches, checking that every stop on the way shows where focus is. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, label: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f.tag, `Tab ${i + 1} towards ${label} left the page`).not.toBe('body');
    expect(f.indicator, `no visible focus indicator on <${f.tag}> "${f.name}" (Tab ${i + 1} towards ${label})`).toBe(true);
    expect(f.visible, `focused <${f.tag}> "${f.name}" is off screen`).toBe(true);
    if (matches(f)) return;
  }
  throw new Error(`${label} not reached in ${limit} Tab presses`);
}

test('browse home → domain → service → search → cheat sheet by keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.waitForLoadState('networkidle');

  // The skip link comes first.
  await tabTo(page, (f) => f.name === 'Skip to content', 'the skip link', 1);

  // Home → Domain 2.
  await tabTo(page, (f) => f.href === '/domains/domain-2/' && /Configuration Management/.test(f.name), 'Domain 2 in the weight chart');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/domains\/domain-2\/$/);
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Configuration Management');

  // Domain → the CloudFormation service page, through the domain's own links (skip to content first).
  await tabTo(page, (f) => f.name === 'Skip to content', 'the skip link', 1);
  await page.keyboard.press('Enter');
  await tabTo(page, (f) => f.href === '/services/cloudformation/', 'a link to CloudFormation in the domain', 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\/cloudformation\/$/);
  await page.waitForLoadState('load');
  // The shortcut works once the page's module script has run.
  await page.waitForLoadState('networkidle');

  // Search from anywhere with "/", choose a result with the arrow keys.
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the notes' });
  await expect(box).toBeFocused();
  expect((await focused(page)).indicator).toBe(true);
  await page.keyboard.type('CodeDeploy');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\/codedeploy\//);
  // The URL changes when the navigation commits; wait for the page's stylesheet before checking focus rings on it.
  await page.waitForLoadState('load');

  // Service → the cheat sheet, from the header.
  await tabTo(page, (f) => f.name === 'Cheat sheet' && f.href === '/cheat-sheet/', 'the Cheat sheet link in the header');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cheat-sheet\/$/);
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/cheat sheet/i);
  await tabTo(page, (f) => f.name === 'Print this page', 'the Print button', 30);
});
