import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ERRATA_COUNT = (parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'errata.yaml'), 'utf8')) as unknown[]).length;

/** Home → a domain → a service → back by breadcrumb and sidebar; shared by the JS and no-JS runs. */
async function browsePath(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOP-C02 Study Notes');
  const chart = page.getByRole('figure');
  await expect(chart.getByRole('listitem')).toHaveCount(6);
  await expect(chart).toContainText('SDLC Automation');
  await expect(chart).toContainText('22%');

  await chart.getByRole('link', { name: /SDLC Automation/ }).click();
  await expect(page).toHaveURL(/\/domains\/domain-1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Domain 1: SDLC Automation');
  await expect(page.locator('#content')).toContainText('1.1 Implement CI/CD pipelines');

  await page.locator('#content').getByRole('link', { name: 'AWS CodeDeploy', exact: true }).first().click();
  await expect(page).toHaveURL(/\/services\/codedeploy\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS CodeDeploy');
  await expect(page.getByRole('heading', { name: '3. AppSpec File' })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Domains and services' });
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveText('CodeDeploy');
  // The backlinks name the domain that lists CodeDeploy as a core service.
  await expect(page.locator('section[aria-labelledby="mentions"]').getByRole('link', { name: 'Domain 1: SDLC Automation' })).toBeVisible();

  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('AWS CodeDeploy');
  await breadcrumb.getByRole('link', { name: 'Services' }).click();
  await expect(page).toHaveURL(/\/services\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services A–Z');
  await expect(page.getByRole('heading', { level: 2, name: 'Developer Tools' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Domains and services' })
    .getByRole('link', { name: /Resilient Cloud Solutions/ })
    .click();
  await expect(page).toHaveURL(/\/domains\/domain-3\/$/);
  await expect(page.getByRole('heading', { name: 'Disaster Recovery Strategies' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
}

test.describe('browsing with JavaScript', () => {
  test('home → domain → service → back by breadcrumb and sidebar', async ({ page }) => {
    await browsePath(page);
  });

  test('previous and next move within a collection', async ({ page }) => {
    await page.goto('/domains/domain-1/');
    const pn = page.getByRole('navigation', { name: 'Previous and next' });
    await expect(pn.locator('a[rel="prev"]')).toHaveCount(0);
    await pn.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/domains\/domain-2\/$/);
    await page.getByRole('navigation', { name: 'Previous and next' }).locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/domains\/domain-1\/$/);

    await page.goto('/services/codebuild/');
    await page.getByRole('navigation', { name: 'Previous and next' }).locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/services\/codecatalyst\/$/);
  });

  test('long pages have a table of contents and linkable headings', async ({ page }) => {
    await page.goto('/services/codedeploy/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Lifecycle Hooks (EC2/On-Premises)' }).click();
    await expect(page).toHaveURL(/#4-lifecycle-hooks-ec2on-premises$/);
    const anchor = page.locator('a.heading-anchor[href="#4-lifecycle-hooks-ec2on-premises"]');
    await expect(anchor).toHaveAccessibleName('Link to section: 4. Lifecycle Hooks (EC2/On-Premises)');
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto('/domains/domain-2/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#content$/);
  });

  test('corrections are shown beside the statement they correct', async ({ page }) => {
    await page.goto('/services/codepipeline/');
    const retry = page.getByRole('note', { name: 'Correction A6' });
    await expect(retry).toContainText('What holds today');
    await expect(retry.getByRole('link', { name: /docs\.aws\.amazon\.com\/codepipeline/ }).first()).toBeVisible();
    // The original statement stays.
    await expect(page.locator('#content')).toContainText('CodePipeline retries failed actions automatically.');
  });

  test('a service the notes only mention shows every line that mentions it, linked to its section', async ({ page }) => {
    await page.goto('/services/ec2/');
    const mentions = page.locator('section[aria-labelledby="mentions"]');
    await expect(mentions.getByRole('heading', { name: 'What the notes say' })).toBeVisible();
    await expect(mentions).toContainText('Implement these strategies for EC2, Lambda, and container-based deployments (ECS, EKS).');
    await mentions.locator('div.source', { hasText: 'Domain 1' }).getByRole('link', { name: 'Key Concepts to Master' }).click();
    await expect(page).toHaveURL(/\/domains\/domain-1\/#key-concepts-to-master$/);
  });

  test('a study sheet lists where else the notes mention it as links to pages and sections, without quoting them', async ({ page }) => {
    await page.goto('/services/cloudwatch/');
    const mentions = page.locator('section[aria-labelledby="mentions"]');
    await expect(mentions.getByRole('heading', { name: 'Mentioned elsewhere in the notes' })).toBeVisible();
    await expect(mentions.locator('.excerpts')).toHaveCount(0);
    // Touch targets of 24 px at least, on a phone too (WCAG 2.2 target size, which Lighthouse checks).
    await page.setViewportSize({ width: 360, height: 800 });
    const heights = await mentions.locator('.sections a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    const domain3 = mentions.locator('ul.pages > li', { hasText: 'Domain 3' });
    await domain3.getByRole('link', { name: 'Key Concepts to Master' }).click();
    await expect(page).toHaveURL(/\/domains\/domain-3\/#key-concepts-to-master$/);
  });

  test('a sheet shows its other names, the first six at once, and folds the topics it teaches into a disclosure', async ({ page }) => {
    await page.goto('/services/iam/');
    const aliases = page.locator('.facts div', { has: page.locator('dt', { hasText: 'Also called' }) }).locator('dd');
    await expect(aliases).toHaveText('AWS IAM · Identity and Access Management');
    const topics = page.locator('.facts div', { has: page.locator('dt', { hasText: 'Topics' }) }).locator('dd');
    const more = topics.locator('details.more-aliases');
    await expect(more.locator('summary')).toHaveText(/^\d+ topics this page teaches$/);
    expect((await more.locator('summary').boundingBox())!.height).toBeGreaterThanOrEqual(24);
    const shown = () => topics.evaluate((dd) => (dd as HTMLElement).innerText);
    expect(await shown()).not.toContain('external ID');
    await more.locator('summary').click();
    await expect(more).toHaveAttribute('open', '');
    expect(await shown()).toContain('external ID');

    await page.goto('/services/s3/');
    const s3 = page.locator('.facts div', { has: page.locator('dt', { hasText: 'Also called' }) }).locator('dd');
    await expect(s3.locator('details.more-aliases summary')).toHaveText(/^and \d+ more$/);
  });

  test('the corrections page lists every correction and where it is shown', async ({ page }) => {
    await page.goto('/corrections/');
    await expect(page.getByRole('note', { name: /^Correction / })).toHaveCount(ERRATA_COUNT);
    const opsworks = page.locator('#a1');
    await expect(opsworks).toContainText('OpsWorks');
    await opsworks.getByRole('link', { name: 'Domain 2: Configuration Management and Infrastructure as Code' }).click();
    await expect(page.getByRole('note', { name: 'Correction A1' }).first()).toBeVisible();
  });

  test('the 404 page answers unknown addresses', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Services A–Z' }).first().click();
    await expect(page).toHaveURL(/\/services\/$/);
  });
});

test.describe('browsing without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same path works and the theme toggle stays hidden', async ({ page }) => {
    await browsePath(page);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  });

  test('prev/next, sidebar groups and the 404 page work', async ({ page }) => {
    await page.goto('/domains/domain-5/');
    await page.getByRole('navigation', { name: 'Previous and next' }).locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/domains\/domain-6\/$/);
    const sidebar = page.getByRole('navigation', { name: 'Domains and services' });
    await sidebar.getByText('Serverless (').click();
    await sidebar.getByRole('link', { name: 'Lambda', exact: true }).click();
    await expect(page).toHaveURL(/\/services\/lambda\/$/);
    const response = await page.goto('/missing/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('layout', () => {
  for (const width of [360, 768, 1440]) {
    test(`no page scrolls sideways at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/domains/domain-3/', '/services/codepipeline/', '/services/', '/domains/domain-2/']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  }
});
