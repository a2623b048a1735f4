import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildNameIndex, oneLine } from '../../src/lib/search/name-index';
import { matchNames, mergeHits, nameScore, toNameHit, type NameEntry } from '../../src/lib/search/name-match';
import { squash } from '../../src/lib/search/squash';
import { loadCollections, ROOT } from '../helpers/fixtures';

describe('name matching', () => {
  it('ignores case, spaces, hyphens and dots', () => {
    expect(squash('X-Ray')).toBe('xray');
    expect(squash('Route 53')).toBe('route53');
    expect(squash('Code Deploy')).toBe(squash('codedeploy'));
  });

  it('scores the whole name above its start, and the start above the start of a later word', () => {
    expect(nameScore('CodeDeploy', 'codedeploy')).toBe(3);
    expect(nameScore('CodeDeploy', 'code dep')).toBe(2);
    expect(nameScore('AWS CodeDeploy', 'codedep')).toBe(1);
    expect(nameScore('Amazon Route 53', 'route53')).toBe(1);
    expect(nameScore('AWS CodeDeploy', 'deploy')).toBe(0);
    expect(nameScore('AWS CodeDeploy', '')).toBe(0);
  });

  const entry = (t: string, k: NameEntry['k'], ...n: string[]): NameEntry => ({ t, k, u: `/${squash(t)}/`, n });
  const index = [
    entry('AWS CodeDeploy', 'Service', 'CodeDeploy'),
    entry('AWS CodePipeline', 'Service', 'CodePipeline'),
    entry('Service control policies (SCPs)', 'Service', 'SCP', 'SCPs'),
    entry('SCP (Service Control Policy)', 'Term', 'SCP'),
    entry('Domain 1: SDLC Automation', 'Domain', 'SDLC Automation', 'Domain 1'),
  ];

  it('ranks by score, then services before terms before domains, then the shorter title', () => {
    expect(matchNames(index, 'code').map((e) => e.t)).toEqual(['AWS CodeDeploy', 'AWS CodePipeline']);
    expect(matchNames(index, 'SCP').map((e) => e.k)).toEqual(['Service', 'Term']);
    expect(matchNames(index, 'sdlc').map((e) => e.t)).toEqual(['Domain 1: SDLC Automation']);
    expect(matchNames(index, 'code', 1)).toHaveLength(1);
    expect(matchNames(index, 'nothing like it')).toEqual([]);
  });
});

describe('the name index of the real notes', () => {
  const { services, glossary, domains } = loadCollections(join(ROOT, 'content'));
  const { names: index, summaries } = buildNameIndex(services, glossary, domains);
  const first = (query: string) => matchNames(index, query)[0]?.u;

  it('has an entry for every service, glossary term and domain', () => {
    expect(index.filter((e) => e.k === 'Service')).toHaveLength(services.length);
    expect(index.filter((e) => e.k === 'Term')).toHaveLength(glossary.length);
    expect(index.filter((e) => e.k === 'Domain')).toHaveLength(6);
  });

  it('answers the names students type, spelled any way', () => {
    expect(first('code dep')).toBe('/services/codedeploy/');
    expect(first('CodeDeploy')).toBe('/services/codedeploy/');
    expect(first('xray')).toBe('/services/x-ray/');
    expect(first('route53')).toBe('/services/route-53/');
    expect(first('SCP')).toBe('/services/scp/');
    expect(first('Inspector')).toBe('/services/inspector/');
  });

  it('gives every entry a one-line summary of plain text, in a file of their own', () => {
    expect(Object.keys(summaries).sort()).toEqual(index.map((e) => e.u).sort());
    for (const [url, line] of Object.entries(summaries)) expect(line, url).not.toMatch(/\*\*|\]\(|\n|^$/);
  });

  it('holds a service’s other names, not the topics its page teaches (those are left to the full text)', () => {
    const iam = index.find((e) => e.u === '/services/iam/')!;
    expect(iam.n).toContain('AWS IAM');
    expect(iam.n).not.toContain('permissions boundary');
    expect(first('Patch Manager')).toBe('/services/systems-manager/');
    expect(first('CloudWatch Events')).toBe('/services/eventbridge/');
  });

  it('stays small: the names a first result needs are at most 7 kB gzip', () => {
    expect(gzipSync(JSON.stringify(index), { level: 9 }).length).toBeLessThanOrEqual(7_000);
  });
});

describe('name hits and the merged list', () => {
  const entry: NameEntry = { t: 'AWS CodeDeploy', k: 'Service', u: '/services/codedeploy/', n: ['CodeDeploy'] };
  const lines = { '/services/codedeploy/': 'Automates deployments <fast>.' };
  it('turns an entry into a result under the base path, its summary escaped (none until the summaries arrive)', () => {
    expect(toNameHit(entry, '/dop-c02/').excerpt).toBe('');
    expect(toNameHit(entry, '/dop-c02/', lines)).toEqual({
      title: 'AWS CodeDeploy',
      url: '/dop-c02/services/codedeploy/',
      kind: 'Service',
      excerpt: 'Automates deployments &lt;fast&gt;.',
      sections: [],
    });
    expect(toNameHit(entry, '/').url).toBe('/services/codedeploy/');
  });

  it('keeps the names first, a full-text hit on a named page taking its place, the rest below', () => {
    const names = [toNameHit(entry, '/'), toNameHit({ ...entry, t: 'AWS X-Ray', u: '/services/x-ray/' }, '/')];
    const hit = (url: string, title = url) => ({ title, url, kind: 'Service · Domain 1', excerpt: '', sections: [] });
    const merged = mergeHits(names, [hit('/services/codepipeline/'), hit('/services/codedeploy/', 'full text')]);
    expect(merged.map((h) => [h.url, h.title])).toEqual([
      ['/services/codedeploy/', 'full text'],
      ['/services/x-ray/', 'AWS X-Ray'],
      ['/services/codepipeline/', '/services/codepipeline/'],
    ]);
  });

  it('keeps a glossary term in its place, leading to its definition, and does not list the glossary page again', () => {
    const term = toNameHit({ t: 'RPO', k: 'Term', u: '/glossary/#rpo', n: [] }, '/');
    const hit = (url: string) => ({ title: url, url, kind: 'Page', excerpt: '', sections: [] });
    expect(mergeHits([term], [hit('/glossary/'), hit('/domains/domain-3/')]).map((h) => h.url)).toEqual(['/glossary/#rpo', '/domains/domain-3/']);
  });

  it('cuts a long summary to its first sentence', () => {
    expect(oneLine('First sentence here. Second one.')).toBe('First sentence here.');
    expect(oneLine('word '.repeat(40), 20)).toBe('word word word word…');
  });
});
