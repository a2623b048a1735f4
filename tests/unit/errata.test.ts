import { describe, expect, it } from 'vitest';
import { errataNamedIn, errataUsage, latestCheck, namesSubject } from '../../src/lib/content/errata';
import { missingCorrections, pageSections } from '../../src/lib/checks/errata-coverage';
import { markdownLeftovers } from '../../src/lib/checks/markdown-leftovers';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';

const erratum = (id: string, subjects: string[], checked = '2026-11-30') => ({ id, data: { subjects, checked } });

describe('errata helpers', () => {
  it('finds the latest check date', () => {
    expect(latestCheck([erratum('A1', [], '2026-11-30'), erratum('A2', [], '2026-12-03'), erratum('A3', [], '2025-01-01')])).toBe('2026-12-03');
  });

  it('matches subjects as whole words, as written', () => {
    expect(namesSubject('Use AWS OpsWorks for Chef', ['OpsWorks'])).toBe(true);
    expect(namesSubject('opsworks in lower case', ['OpsWorks'])).toBe(false);
    expect(namesSubject('MyOpsWorksThing', ['OpsWorks'])).toBe(false);
    expect(
      errataNamedIn('CloudWatch Events and OpsWorks', [erratum('A1', ['OpsWorks']), erratum('A2', ['CloudWatch Events']), erratum('A3', ['App Mesh'])]),
    ).toEqual(['A1', 'A2']);
  });

  it('lists where each correction is shown, from frontmatter and <Update> alike', () => {
    const usage = errataUsage(loadCollections(VALID_CONTENT));
    expect([...usage.keys()].length).toBeGreaterThan(0);
    for (const sources of usage.values()) for (const s of sources) expect(s.href).toMatch(/^\/(domains|services)\/[^/]+\/$|^\/[^/]+\/$/);
  });
});

describe('corrections beside what they correct', () => {
  const html = `<main><p>intro</p><h2 id="a">Tools</h2><p>Use AWS OpsWorks for configuration management today.</p>
    <div role="note" aria-label="Correction A1">…</div><h2 id="b">Other</h2><p>Use AWS OpsWorks for configuration management today.</p></main>`;
  const line = { line: 7, kind: 'item' as const, text: 'Use **AWS OpsWorks** for configuration management today.' };

  it('cuts a page at its headings and records the corrections each part shows', () => {
    const sections = pageSections('/x/', html);
    expect(sections.map((s) => [s.heading, [...s.corrections]])).toEqual([
      ['', []],
      ['Tools', ['A1']],
      ['Other', []],
    ]);
  });

  it('reports a statement naming the subject in a section without the correction, and only there', () => {
    const missing = missingCorrections([line], pageSections('/x/', html), [erratum('A1', ['OpsWorks'])]);
    expect(missing.map((m) => `${m.path} ${m.heading}`)).toEqual(['/x/ Other']);
  });

  it('ignores a bare name (a table cell, a list of services)', () => {
    expect(missingCorrections([{ ...line, text: '**AWS OpsWorks**' }], pageSections('/x/', html), [erratum('A1', ['OpsWorks'])])).toEqual([]);
  });
});

describe('Markdown left in what a reader sees', () => {
  it('finds bold, emphasis, code spans and links typed but not rendered', () => {
    expect(markdownLeftovers('<p>**Term**: *Application Load Balancer* with `x` and [a](/b/)</p>').map((l) => l.split(':')[0])).toEqual([
      'bold',
      'emphasis',
      'code span',
      'link',
    ]);
  });

  it('leaves rendered markup, code and arithmetic alone', () => {
    expect(markdownLeftovers('<p><strong>Term</strong>: <em>ALB</em>, 2 * 3 * 4, <code>s3://b/*</code></p><pre>**/*</pre>')).toEqual([]);
  });
});

describe('the order of corrections', () => {
  it('sorts ids as numbers, then letters', async () => {
    const { sortErrata } = await import('../../src/lib/content/errata');
    expect(sortErrata(['A10', 'B8b', 'A2', 'A1', 'B8a', 'A38'].map((id) => ({ id }))).map((e) => e.id)).toEqual(['A1', 'A2', 'A10', 'A38', 'B8a', 'B8b']);
  });
});
