import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemas, splitFrontmatter, VALID_CONTENT } from '../helpers/fixtures';
import { erratumSchema } from '../../src/lib/content/schemas';

const domainFixture = () => splitFrontmatter(readFileSync(join(VALID_CONTENT, 'domains', 'domain-1.mdx'), 'utf8')).frontmatter as Record<string, unknown>;
const serviceFixture = () => splitFrontmatter(readFileSync(join(VALID_CONTENT, 'services', 'alpha.mdx'), 'utf8')).frontmatter as Record<string, unknown>;

function issuesOf(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('domain frontmatter', () => {
  it('accepts the valid fixture', () => {
    expect(schemas.domains.safeParse(domainFixture()).success).toBe(true);
  });

  it('names a missing weight', () => {
    const { weight: _weight, ...rest } = domainFixture();
    expect(issuesOf(schemas.domains.safeParse(rest))).toContain('weight: weight is required (exam weight in percent)');
  });

  it('rejects a weight given as text', () => {
    expect(issuesOf(schemas.domains.safeParse({ ...domainFixture(), weight: '22%' }))).toContain('weight: weight must be a number of percent, e.g. 22');
  });

  it('rejects a domain number outside 1–6', () => {
    expect(issuesOf(schemas.domains.safeParse({ ...domainFixture(), number: 7 }))).toContain('number: number must be from 1 to 6');
  });

  it('rejects an unknown field, so a typo does not pass silently', () => {
    const issues = issuesOf(schemas.domains.safeParse({ ...domainFixture(), wieght: 22 }));
    expect(issues.join('\n')).toMatch(/wieght/);
  });

  it('requires core services', () => {
    expect(issuesOf(schemas.domains.safeParse({ ...domainFixture(), coreServices: [] }))).toContain(
      'coreServices: coreServices must name at least one service',
    );
  });

  it('checks task statement ids', () => {
    const bad = { ...domainFixture(), taskStatements: [{ id: '1', title: 't', summary: 's' }] };
    expect(issuesOf(schemas.domains.safeParse(bad))).toContain('taskStatements.0.id: a task statement id looks like "1.2"');
  });
});

describe('service frontmatter', () => {
  it('accepts the valid fixture and fills defaults', () => {
    const parsed = schemas.services.parse(serviceFixture());
    expect(parsed.status).toBe('current');
    expect(parsed.errata).toEqual([]);
    expect(parsed.domains).toEqual([
      { id: 'domain-1', collection: 'domains' },
      { id: 'domain-2', collection: 'domains' },
    ]);
  });

  it('lists the allowed categories when the category is unknown', () => {
    const issues = issuesOf(schemas.services.safeParse({ ...serviceFixture(), category: 'Devtools' }));
    expect(issues[0]).toMatch(/^category: category must be one of: Developer Tools; Management and Governance/);
  });

  it('requires a summary', () => {
    const { summary: _summary, ...rest } = serviceFixture();
    expect(issuesOf(schemas.services.safeParse(rest))).toContain('summary: summary is required');
  });

  it('requires a status note for a retired service', () => {
    expect(issuesOf(schemas.services.safeParse({ ...serviceFixture(), status: 'retired' }))).toContain(
      'statusNote: statusNote is required when status is not "current"',
    );
  });

  it('checks the shape of erratum ids', () => {
    expect(issuesOf(schemas.services.safeParse({ ...serviceFixture(), errata: ['eleven'] }))).toContain('errata.0: an erratum id looks like "A11"');
  });
});

describe('errata', () => {
  it('requires absolute source URLs', () => {
    const result = erratumSchema.safeParse({
      id: 'A1',
      title: 't',
      problem: 'p',
      correction: 'c',
      confidence: 'high',
      checked: '2026-12-03',
      sources: ['docs.aws.amazon.com/x'],
    });
    expect(issuesOf(result).join('\n')).toMatch(/^sources\.0: Invalid URL/);
  });

  it('requires the day it was checked, as a date', () => {
    const base = { id: 'A1', title: 't', problem: 'p', correction: 'c', confidence: 'high', sources: ['https://docs.aws.amazon.com/x'] };
    expect(issuesOf(erratumSchema.safeParse(base))).toContain('checked: checked is required: the day it was checked, as YYYY-MM-DD');
    expect(issuesOf(erratumSchema.safeParse({ ...base, checked: '3 Dec 2026' }))).toContain('checked: checked is a date written YYYY-MM-DD');
  });
});
