import { describe, expect, it } from 'vitest';
import { ALIAS_MARK, aliasStart, densestWindow, excerptOf, pageWords } from '../../src/lib/search/excerpts';
import { exactNamesFirst, pageNames, toSearchHit, type PagefindResultData } from '../../src/lib/search/search-results';

const at = (...locations: number[]) => locations.map((location) => ({ weight: 1, balanced_score: 1, location }));
const alias = (...locations: number[]) => locations.map((location) => ({ weight: 10, balanced_score: 100, location }));

// 0 AWS 1 CodeDeploy 2 Automates 3 deployments 4 to 5 EC2. 6 Overview 7 CodeDeploy 8 runs 9 hooks 10 ⁂ 11 code 12 deploy 13 · 14 codedeploy
const raw = `AWS CodeDeploy Automates deployments to EC2. Overview CodeDeploy runs hooks ${ALIAS_MARK} code deploy · codedeploy`;
const data = (over: Partial<PagefindResultData>): PagefindResultData => ({
  url: '/services/codedeploy/',
  excerpt: 'pagefind’s own',
  meta: { title: 'AWS CodeDeploy', type: 'Service', domains: 'Domain 1', summary: 'Automates deployments & more' },
  raw_content: raw,
  anchors: [{ id: 'overview', location: 6 }],
  ...over,
});

describe('excerpts from the page’s own words', () => {
  it('splits words as Pagefind does and finds where the alias text starts', () => {
    const words = pageWords(raw);
    expect(aliasStart(words)).toBe(10);
    expect(aliasStart(pageWords('no aliases here'))).toBe(3);
  });

  it('finds the window holding the most matches, within bounds, centring a lone match', () => {
    expect(densestWindow(at(7, 8), 3, 0, 10)).toBe(7);
    expect(densestWindow(at(9), 4, 0, 10)).toBe(6);
  });

  it('marks matches and adds an ellipsis where it cuts', () => {
    expect(excerptOf(pageWords(raw), at(7), 3, 0, 10)).toBe('… Overview <mark>CodeDeploy</mark> runs …');
    expect(excerptOf(pageWords(raw), at(1), 3, 0, 10)).toBe('… <mark>CodeDeploy</mark> Automates deployments …');
    expect(excerptOf(pageWords(raw), at(0), 3, 0, 10)).toBe('<mark>AWS</mark> CodeDeploy Automates …');
  });

  it('never reaches into the alias text', () => {
    expect(excerptOf(pageWords(raw), at(9), 5, 0, 10)).toBe('… EC2. Overview CodeDeploy runs <mark>hooks</mark>');
  });
});

describe('search hits', () => {
  it('shows the page’s own text around a match, even when the aliases match more', () => {
    const hit = toSearchHit(data({ weighted_locations: [...at(1), ...alias(11, 12, 14)] }));
    expect(hit.excerpt).toContain('<mark>CodeDeploy</mark>');
    expect(hit.excerpt).not.toContain('·');
    expect(hit.excerpt).not.toContain(ALIAS_MARK);
  });

  it('shows the escaped summary when only the aliases matched', () => {
    expect(toSearchHit(data({ weighted_locations: alias(11, 12) })).excerpt).toBe('Automates deployments &amp; more');
  });

  it('drops a section matched only in the aliases and rebuilds one that mixes both', () => {
    const hit = toSearchHit(
      data({
        weighted_locations: [...at(7), ...alias(11)],
        sub_results: [
          { title: 'Overview', url: '/services/codedeploy/#overview', excerpt: 'with ⁂ aliases', weighted_locations: [...at(7), ...alias(11)] },
          { title: 'Elsewhere', url: '/services/codedeploy/#elsewhere', excerpt: 'aliases only', weighted_locations: alias(12) },
        ],
      }),
    );
    expect(hit.sections.map((s) => s.title)).toEqual(['Overview']);
    expect(hit.sections[0]!.excerpt).toBe('Overview <mark>CodeDeploy</mark> runs hooks');
  });

  it('rebuilds the last section’s excerpt so it stops where the alias text starts', () => {
    const hit = toSearchHit(
      data({
        weighted_locations: at(9),
        sub_results: [
          { title: 'Overview', url: '/services/codedeploy/#overview', excerpt: 'runs <mark>hooks</mark> ⁂ code deploy', weighted_locations: at(9) },
        ],
      }),
    );
    expect(hit.sections[0]!.excerpt).toBe('Overview CodeDeploy runs <mark>hooks</mark>');
  });

  it('keeps Pagefind’s excerpts for a record without raw content', () => {
    expect(toSearchHit(data({ raw_content: undefined })).excerpt).toBe('pagefind’s own');
  });
});

describe('the sections a hit offers', () => {
  it('puts the best-matching sections first', () => {
    const hit = toSearchHit(
      data({
        weighted_locations: at(1, 7),
        sub_results: [
          { title: 'In passing', url: '/services/codedeploy/#in-passing', excerpt: 'a', weighted_locations: at(1) },
          { title: 'Overview', url: '/services/codedeploy/#overview', excerpt: 'b', weighted_locations: [{ weight: 5, balanced_score: 50, location: 7 }] },
        ],
      }),
    );
    expect(hit.sections.map((s) => s.title)).toEqual(['Overview', 'In passing']);
  });
});

describe('exact names first', () => {
  const page = (title: string, aliases: string) => ({ url: `/${title}/`, meta: { title }, raw_content: `Some text. ${ALIAS_MARK} ${aliases}` });
  const iam = page('AWS Identity and Access Management (IAM)', 'iam · session policy · session tags');
  const ssm = page('AWS Systems Manager', 'systems manager · session manager · patch manager');
  const fms = page('AWS Firewall Manager', 'firewall manager · security group policy');
  const vpc = page('Amazon VPC', 'vpc · security group · network acl');

  it('reads a page’s names from its title and its alias text', () => {
    expect(pageNames(ssm)).toEqual(['awssystemsmanager', 'systemsmanager', 'sessionmanager', 'patchmanager']);
    expect(pageNames({ meta: {}, raw_content: 'No aliases here.' })).toEqual([]);
  });

  it('moves a page whose title or alias is the query ahead of pages that only share its words', () => {
    expect(exactNamesFirst([iam, ssm], 'Session Manager').map((r) => r.url)).toEqual([ssm.url, iam.url]);
    expect(exactNamesFirst([fms, vpc], 'security group').map((r) => r.url)).toEqual([vpc.url, fms.url]);
  });

  it('compares without case, hyphens or extra spaces, and keeps Pagefind’s order otherwise', () => {
    expect(exactNamesFirst([iam, ssm], '  session-MANAGER ').map((r) => r.url)).toEqual([ssm.url, iam.url]);
    expect(exactNamesFirst([fms, vpc, iam], 'manager').map((r) => r.url)).toEqual([fms.url, vpc.url, iam.url]);
    expect(exactNamesFirst([fms, vpc], '').map((r) => r.url)).toEqual([fms.url, vpc.url]);
  });

  it('does not count a match inside a longer alias as the name', () => {
    expect(exactNamesFirst([fms, vpc], 'group policy').map((r) => r.url)).toEqual([fms.url, vpc.url]);
  });
});
