/**
 * The Content-Security-Policy: on every page, strict (no inline script without its hash, no eval beyond
 * WebAssembly, nothing from another origin), and search, the theme toggle and print still work under it.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/dist';
import { pageAssets } from '../../src/lib/checks/page-weight';

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

test('every page has a strict policy that names the hash of each of its inline scripts', () => {
  const pages = builtPages().filter((p) => p.path.endsWith('/'));
  expect(pages.length).toBeGreaterThan(70);
  for (const page of pages) {
    const policy = policyOf(page.html);
    expect(policy.get('default-src'), page.path).toEqual(["'none'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, page.path).toContain("'self'");
    expect(scripts, page.path).toContain("'wasm-unsafe-eval'");
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      expect(scripts, `${page.path} script-src`).not.toContain(forbidden);
      expect(policy.get('style-src') ?? [], `${page.path} style-src`).not.toContain(forbidden);
    }
    for (const source of [...(policy.get('connect-src') ?? []), ...(policy.get('img-src') ?? [])]) expect(source).toBe("'self'");
    for (const inline of pageAssets(page.html).inlineScripts) {
      const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
      expect(scripts, `${page.path}: hash of inline script ${inline.slice(0, 40)}…`).toContain(hash);
    }
    expect(page.html, `${page.path}: no style attribute`).not.toMatch(/\sstyle="/);
  }
});

test('search, theme toggle and print work under the policy, and nothing is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[]; printed: number };
    w.violations = [];
    w.printed = 0;
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/services/codedeploy/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

  const box = page.getByRole('combobox', { name: 'Search the notes' });
  await box.fill('SCP');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(/Service control polic/i);

  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.goto('/search/?q=x-ray');
  await expect(page.locator('main').getByRole('link', { name: /X-Ray/ }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('the policy blocks an injected inline script', async ({ page }) => {
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean; blocked?: string };
    document.addEventListener('securitypolicyviolation', (e) => (w.blocked = e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return { injected: w.injected === true, blocked: w.blocked };
  });
  expect(ran).toEqual({ injected: false, blocked: 'script-src-elem' });
});
