import { expect, test, type Page } from '@playwright/test';

/** [query, the page that must come first, a section anchor the first result must offer (concepts)] */
const QUERIES: [string, string, string?][] = [
  ['CodeDeploy', '/services/codedeploy/'],
  ['codedeploy', '/services/codedeploy/'],
  ['code deploy', '/services/codedeploy/'],
  ['AWS CodeDeploy', '/services/codedeploy/'],
  ['CODEBUILD', '/services/codebuild/'],
  ['code pipeline', '/services/codepipeline/'],
  ['CodeArtifact', '/services/codeartifact/'],
  ['CloudFormation', '/services/cloudformation/'],
  ['StackSets', '/services/cloudformation-stacksets/'],
  ['SCP', '/services/scp/'],
  ['SSM', '/services/systems-manager/'],
  ['CFN', '/services/cloudformation/'],
  ['KMS', '/services/kms/'],
  ['ACM', '/services/acm/'],
  ['ELB', '/services/elb/'],
  ['ASG', '/services/auto-scaling/'],
  ['X-Ray', '/services/x-ray/'],
  ['xray', '/services/x-ray/'],
  ['x ray', '/services/x-ray/'],
  ['Route53', '/services/route-53/'],
  ['route 53', '/services/route-53/'],
  ['CloudWatch Events', '/services/eventbridge/'],
  ['Kinesis Data Firehose', '/services/data-firehose/'],
  ['Personal Health Dashboard', '/services/health/'],
  ['guardrails', '/services/control-tower/'],
  ['Config', '/services/config/'],
  ['Backup', '/services/backup/'],
  ['Health', '/services/health/'],
  ['Parameter Store', '/services/parameter-store/'],
  ['OpsWorks', '/services/opsworks/'],
  ['appspec', '/services/codedeploy/', '#3-appspec-file'],
  ['buildspec', '/services/codebuild/', '#3-buildspec-file-key-sections'],
  ['ValidateService', '/services/codedeploy/', '#4-lifecycle-hooks-ec2on-premises'],
  ['Fn::GetAtt', '/services/cloudformation/', '#24-intrinsic-functions'],
  ['conformance packs', '/services/config/'],
  ['pilot light', '/domains/domain-3/', '#disaster-recovery-strategies'],
  ['RPO', '/domains/domain-3/'],
  ['blue/green', '/domains/domain-1/', '#deployment-methods'],
  ['canary', '/domains/domain-1/'],
  ['drift detection', '/services/cloudformation/'],
  // The study sheets of Domains 4 and 5, and in-scope services that had no page before.
  ['Logs Insights', '/services/cloudwatch/', '#logs-insights'],
  ['metric filter', '/services/cloudwatch/', '#metric-filters'],
  ['subscription filter', '/services/cloudwatch/', '#subscription-filters'],
  ['composite alarm', '/services/cloudwatch/', '#composite-alarms'],
  ['Synthetics', '/services/cloudwatch/', '#synthetics-canaries'],
  ['Patch Manager', '/services/systems-manager/', '#patch-manager'],
  ['Session Manager', '/services/systems-manager/', '#session-manager'],
  ['OpsCenter', '/services/systems-manager/', '#opscenter'],
  ['event bus', '/services/eventbridge/', '#event-buses'],
  ['organization trail', '/services/cloudtrail/', '#organization-trails'],
  ['dead-letter queue', '/services/sqs/', '#dead-letter-queues-and-redrive'],
  ['event source mapping', '/services/lambda/', '#event-source-mappings'],
  ['Kinesis Data Streams', '/services/kinesis-data-streams/'],
  ['Inspector', '/services/inspector/'],
  ['Trusted Advisor', '/services/trusted-advisor/'],
  // Domain 6 and security at scale.
  ['permission set', '/services/iam-identity-center/', '#permission-sets'],
  ['permissions boundary', '/services/iam/', '#permissions-boundaries'],
  ['external ID', '/services/iam/', '#cross-account-roles-and-external-ids'],
  ['Access Analyzer', '/services/iam-access-analyzer/'],
  ['rate-based rule', '/services/waf/', '#rate-based-rules'],
  ['key policy', '/services/kms/', '#key-policies-and-grants'],
  ['delegated administrator', '/services/organizations/', '#delegated-administrator'],
  ['GuardDuty', '/services/guardduty/'],
  ['Security Hub', '/services/security-hub/'],
  ['security group', '/services/vpc/', '#security-groups-and-network-acls'],
  ['Firewall Manager', '/services/firewall-manager/'],
  // What Domains 1-3 still missed.
  ['instance refresh', '/services/auto-scaling/', '#instance-refresh'],
  ['warm pool', '/services/auto-scaling/', '#warm-pools'],
  ['circuit breaker', '/services/ecs/', '#rolling-updates-and-the-circuit-breaker'],
  ['swap URLs', '/services/elastic-beanstalk/', '#bluegreen-by-swapping-urls'],
  ['ebextensions', '/services/elastic-beanstalk/', '#ebextensions'],
  ['global tables', '/services/dynamodb/', '#global-tables'],
  ['routing policy', '/services/route-53/', '#routing-policies'],
  ['Vault Lock', '/services/backup/', '#vault-lock'],
];

async function firstResult(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.status')).toContainText('result');
  const links = page.locator('.results .hit-link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
  return hrefs;
}

test.describe('ranking', () => {
  for (const [query, expected, anchor] of QUERIES) {
    test(`"${query}" → ${expected}${anchor ?? ''}`, async ({ page }) => {
      const hrefs = await firstResult(page, query);
      expect(hrefs[0]!.replace(/#.*$/, ''), `results: ${hrefs.slice(0, 4).join(', ')}`).toBe(expected);
      if (anchor) {
        const sections = hrefs.filter((h) => h.startsWith(expected + '#'));
        expect(sections, `sections offered: ${sections.join(', ')}`).toContain(`${expected}${anchor}`);
      }
    });
  }
});

test.describe('the search box', () => {
  test('a service name or acronym answers at once, before the full-text index has loaded, and stays first', async ({ page }) => {
    // Hold every Pagefind request until released: only the name index can answer.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await gate;
      await route.continue();
    });
    // The summaries too: a name does not wait for its one-line summary, which fills in when it comes.
    let releaseSummaries = () => {};
    const summaries = new Promise<void>((resolve) => (releaseSummaries = resolve));
    await page.route('**/search-summaries.json', async (route) => {
      await summaries;
      await route.continue();
    });
    await page.goto('/domains/domain-1/');
    await page.keyboard.press('/');
    await page.keyboard.type('code dep');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toContainText('AWS CodeDeploy');
    await expect(options.first()).toContainText('Service');
    await expect(options.first().locator('.hit-excerpt')).toHaveText('');
    releaseSummaries();
    await expect(options.first().locator('.hit-excerpt')).toHaveText(/^Automates application deployments/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('xray');
    await expect(options.first()).toContainText('AWS X-Ray');
    // Then the full text arrives below, without moving the name or repeating its page.
    release();
    await expect(page.locator('[role="status"]').filter({ hasText: /result/ })).toBeVisible();
    await expect(options.first()).toContainText('AWS X-Ray');
    const hrefs = await options.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.filter((h) => h === '/services/x-ray/')).toHaveLength(1);
  });

  test('summaries that arrive after the full list leave the list as it is', async ({ page }) => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search-summaries.json', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/domains/domain-1/');
    await page.keyboard.press('/');
    await page.keyboard.type('code deploy');
    const status = page.locator('form:has(#site-search) [role="status"]');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(status).toContainText('Use the arrow keys');
    const listed = await options.count();
    expect(listed).toBeGreaterThan(3);
    const arrived = page.waitForResponse((r) => r.url().endsWith('/search-summaries.json'));
    release();
    await arrived;
    await page.waitForTimeout(300);
    await expect(status).toContainText('Use the arrow keys');
    await expect(options).toHaveCount(listed);
  });

  test('loads Pagefind only when the student starts searching', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/domains/domain-1/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('kms');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    // The names answer first; Pagefind is on its way for the full list.
    await expect.poll(() => fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  });

  test('keyboard: / focuses, arrows move, Enter opens, Escape closes', async ({ page }) => {
    await page.goto('/domains/domain-2/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the notes' });
    await expect(box).toBeFocused();
    await page.keyboard.type('code deploy');
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getByRole('option').first()).toContainText('AWS CodeDeploy');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'result' })).toContainText('Use the arrow keys');
    await page.keyboard.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/codedeploy\//);
  });

  test('results that arrive after the student started choosing keep the chosen result', async ({ page }) => {
    await page.goto('/domains/domain-2/');
    const box = page.getByRole('combobox', { name: 'Search the notes' });
    await box.fill('codedeploy');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(first).toContainText('AWS CodeDeploy');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await first.evaluate((option) => option.setAttribute('data-old', ''));
    await page.keyboard.type(' '); // the same query again: the list is rebuilt with new elements
    const rebuilt = page.locator('[role="option"]:not([data-old])').first();
    await expect(rebuilt).toContainText('AWS CodeDeploy');
    await expect(rebuilt).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/codedeploy\//);
  });

  test('Ctrl+K focuses the box from anywhere', async ({ page }) => {
    await page.goto('/services/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('combobox', { name: 'Search the notes' })).toBeFocused();
  });

  test('results show title, type and domain, a highlighted excerpt and matching sections', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Search the notes' }).fill('buildspec');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    // A concept answers at once with its glossary definition; the page that teaches it follows with its sections.
    await expect(options.first().locator('.hit-title')).toHaveText('buildspec');
    await expect(options.first().locator('.hit-kind')).toHaveText('Term');
    const page1 = options.nth(1);
    await expect(page1.locator('.hit-title')).toHaveText('AWS CodeBuild');
    await expect(page1.locator('.hit-kind')).toHaveText('Service · Domain 1');
    await expect(page1.locator('.hit-excerpt mark').first()).toHaveText(/buildspec/i);
    await expect(page.locator('.hit-section').first()).toBeVisible();
  });

  test('excerpts show what the page says, never the hidden alias list, with table cells apart', async ({ page }) => {
    await page.goto('/search/?q=code%20deploy');
    const first = page.locator('.results .hit').first();
    await expect(first.locator('.hit-title')).toHaveText('AWS CodeDeploy');
    const excerpts = await page.locator('.results .hit-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(1);
    for (const text of excerpts) {
      expect(text).not.toContain('⁂');
      expect(text).not.toMatch(/code deploy · |codedeploy · /);
    }
    await page.goto('/search/?q=pros%20cons');
    await expect(page.locator('.results .hit-excerpt').first()).toBeVisible();
    const tables = (await page.locator('.results .hit-excerpt').allTextContents()).join(' ');
    expect(tables).toMatch(/Pros Cons/);
    expect(tables).not.toMatch(/DescriptionPros|ProsCons/);
  });

  test('filters narrow the results by type and by domain', async ({ page }) => {
    await page.goto('/search/?q=CloudWatch');
    await expect(page.locator('.status')).toContainText('result');
    const form = page.locator('[data-search-page]');
    await form.locator('select[name="type"]').selectOption('Domain');
    await expect(page).toHaveURL(/type=Domain/);
    await expect(page.locator('.results .hit-kind').first()).toHaveText(/^Domain/);
    for (const kind of await page.locator('.results > .hit:not(.hit-section) .hit-kind').allTextContents()) expect(kind).toMatch(/^Domain/);
    await form.locator('select[name="type"]').selectOption('Service');
    await form.locator('select[name="domain"]').selectOption('Domain 4');
    await expect(page).toHaveURL(/type=Service&domain=Domain\+4/);
    const kinds = () => page.locator('.results > .hit:not(.hit-section) .hit-kind').allTextContents();
    await expect.poll(async () => (await kinds()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await kinds()).every((k) => /^Service · .*Domain 4/.test(k))).toBe(true);
  });

  test('the search page is shareable and back-button friendly', async ({ page }) => {
    await page.goto('/search/?q=SCP');
    await expect(page.locator('#search-page-input')).toHaveValue('SCP');
    await expect(page.locator('.status')).toContainText('for “SCP”');
    const input = page.locator('#search-page-input');
    await input.fill('KMS');
    await input.press('Enter');
    await expect(page).toHaveURL(/\?q=KMS$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=SCP$/);
    await expect(input).toHaveValue('SCP');
    await expect(page.locator('.status')).toContainText('for “SCP”');
    // Typing without pressing Enter also leaves the earlier query one Back away.
    await input.pressSequentially('xx');
    await expect(page).toHaveURL(/\?q=SCPxx$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=SCP$/);
  });

  test('a query with markup is shown back as text', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
    await expect(page.locator('.status')).toContainText(`for “${attack}”`);
    expect(await page.locator('.status img, .results img').count()).toBe(0);
    expect(dialog).toBe(false);
  });

  test('no results says so and points to the services index', async ({ page }) => {
    await page.goto('/search/?q=zzqxv');
    await expect(page.locator('.status')).toContainText('0 results');
    await page.getByRole('link', { name: 'browse the services A–Z' }).click();
    await expect(page).toHaveURL(/\/services\/$/);
    await page.getByRole('combobox', { name: 'Search the notes' }).fill('zzqxv');
    await expect(page.getByRole('status').filter({ hasText: 'No results' })).toContainText('browse the services A–Z');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search box is a link to the services A–Z index', async ({ page }) => {
    await page.goto('/domains/domain-4/');
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await page.getByRole('link', { name: 'Find a service (A–Z)' }).click();
    await expect(page).toHaveURL(/\/services\/$/);
  });
});
