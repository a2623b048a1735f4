import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCoverage, linkedUrls, normalizeForComparison, substantiveLines, visibleText } from '../../src/lib/checks/coverage';
import { CHAT_ASSISTANT_LINES, repairEncoding, repairNotes } from '../../src/lib/checks/source-repairs';
import { ROOT } from '../helpers/fixtures';

const original = readFileSync(join(ROOT, 'tests', 'fixtures', 'DOP-C02-study-notes.md'), 'utf8');

describe('source repairs', () => {
  it('undoes UTF-8 read as Windows-1252', () => {
    expect(repairEncoding('Engineer â€“ Professional, donâ€™t')).toBe('Engineer – Professional, don’t');
    expect(repairEncoding('plain – text café')).toBe('plain – text café');
  });

  it('leaves no damaged sequence, chat line or known typo in the repaired notes', () => {
    const repaired = repairNotes(original);
    expect(original).toContain('â€');
    expect(repaired).not.toContain('â€');
    for (const chat of CHAT_ASSISTANT_LINES) expect(repaired).not.toContain(chat.slice(0, 30));
    expect(repaired).not.toMatch(/geenral|very through|indepth|the the exam/);
    expect(repaired.startsWith('# DOP-C02 Study Notes\n')).toBe(true);
    expect(repaired).toContain('Combine **SCPs**, **AWS Config**, and');
    expect(repaired).toContain('integrates with **CodeCommit**, **CodeBuild**');
  });
});

describe('substantive lines', () => {
  const md = [
    '# Title',
    '',
    '**1. Numbered bold title**',
    '- **Bold** item [link](https://x.test/a)',
    '---',
    '| **H** | Cell |',
    '|---|---|',
    '| a<br> - b | c |',
    '```yaml',
    'key: value',
    '```',
    'Para.',
  ].join('\n');

  it('takes items, table cells (split at <br>) and code lines, not headings or rules', () => {
    expect(substantiveLines(md).map((l) => `${l.kind}:${l.text}`)).toEqual([
      'item:**Bold** item link',
      'table-cell:**H**',
      'table-cell:Cell',
      'table-cell:a',
      'table-cell:b',
      'table-cell:c',
      'code:key: value',
      'paragraph:Para.',
    ]);
  });

  it('collects linked URLs', () => {
    expect(linkedUrls(md)).toEqual(['https://x.test/a']);
  });

  it('compares without case or punctuation', () => {
    expect(normalizeForComparison('**AWS CodeDeploy**: Automates—deployments!')).toBe('aws codedeploy automates deployments');
  });

  it('reads the visible text of HTML', () => {
    expect(visibleText('<p>A&amp;B <strong>C</strong>D</p><script>x</script><li>E</li>')).toBe(' A&B CD   E ');
  });

  it('reports the lines missing from the pages', () => {
    const lines = substantiveLines(md);
    const report = checkCoverage(lines, ['<p>Bold item link H Cell a b c key: value</p>'].map(visibleText));
    expect(report.missing.map((l) => l.text)).toEqual(['Para.']);
    expect(report.percent).toBe(87.5);
  });

  it('does not count a word that only appears inside a longer word', () => {
    expect(checkCoverage([{ line: 1, kind: 'item', text: 'Para' }], ['Paragraph']).missing).toHaveLength(1);
  });
});
