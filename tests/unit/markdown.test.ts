import { describe, expect, it } from 'vitest';
import { createHeadingSlugger, renderInlineMarkdown, splitSentences, stripInlineMarkdown } from '../../src/lib/markdown/markdown-text';
import { parseBody } from '../../src/lib/markdown/mdx-blocks';

describe('inline Markdown', () => {
  it('renders bold, code and links', () => {
    expect(renderInlineMarkdown('Use **SCPs** with `Deny` and [docs](https://docs.aws.amazon.com/)')).toBe(
      'Use <strong>SCPs</strong> with <code>Deny</code> and <a href="https://docs.aws.amazon.com/" rel="noopener noreferrer">docs</a>',
    );
  });

  it('puts the base path in front of site links only', () => {
    expect(renderInlineMarkdown('[SCP](/services/scp/) [AWS](https://aws.amazon.com/)', '/dop-c02/')).toBe(
      '<a href="/dop-c02/services/scp/">SCP</a> <a href="https://aws.amazon.com/" rel="noopener noreferrer">AWS</a>',
    );
  });

  it('escapes markup, so frontmatter cannot inject HTML', () => {
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)> & `<b>`')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; <code>&lt;b&gt;</code>');
  });

  it('renders single-asterisk emphasis, and leaves a lone asterisk or a spaced one alone', () => {
    expect(renderInlineMarkdown('*Application Load Balancer*')).toBe('<em>Application Load Balancer</em>');
    expect(renderInlineMarkdown('**Term**: *what it stands for*, then text')).toBe('<strong>Term</strong>: <em>what it stands for</em>, then text');
    expect(renderInlineMarkdown('5 * 3 * 2 and s3://bucket/*')).toBe('5 * 3 * 2 and s3://bucket/*');
    expect(stripInlineMarkdown('*Recovery Time Objective*')).toBe('Recovery Time Objective');
  });

  it('keeps code spans literal', () => {
    expect(renderInlineMarkdown('`**not bold**`')).toBe('<code>**not bold**</code>');
  });

  it('strips markers to plain text', () => {
    expect(stripInlineMarkdown('**AWS** [CodeDeploy](/x/) `appspec.yml`<br />next')).toBe('AWS CodeDeploy appspec.yml next');
  });

  it('slugs headings as Astro does, unique per page', () => {
    const slug = createHeadingSlugger();
    expect(slug('**2.1 Pipeline Stages**')).toBe('21-pipeline-stages');
    expect(slug('Key Features')).toBe('key-features');
    expect(slug('Key Features')).toBe('key-features-1');
  });
});

describe('parseBody', () => {
  const body = [
    '## Overview',
    '',
    '- **One**: first',
    '  - nested',
    '',
    '```yaml',
    '- not a line',
    '```',
    '',
    '| A | B |',
    '|---|---|',
    '| x | y |',
    '',
    '<Update id="A3" />',
    'Closing paragraph.',
  ].join('\n');
  const parsed = parseBody(body);

  it('finds headings with their ids', () => {
    expect(parsed.headings).toEqual([{ depth: 2, text: 'Overview', id: 'overview' }]);
  });

  it('reads list items, table rows and paragraphs, skipping code and components', () => {
    expect(parsed.lines.map((l) => [l.kind, l.cells.join('|')])).toEqual([
      ['item', '**One**: first'],
      ['item', 'nested'],
      ['table-row', 'A|B'],
      ['table-row', 'x|y'],
      ['paragraph', 'Closing paragraph.'],
    ]);
  });

  it('collects the ids of <Update> components', () => {
    expect(parsed.updateIds).toEqual(['A3']);
  });
});

describe('splitSentences', () => {
  it('splits after a full stop followed by a capital, digit or markup', () => {
    expect(splitSentences('One thing. Two things! **Three** things? 4 more.')).toEqual(['One thing.', 'Two things!', '**Three** things?', '4 more.']);
  });
  it('never splits inside code, bold, emphasis or a link, nor before a lower-case word', () => {
    expect(splitSentences('Use `a. B` here. See [the docs. Page](https://x.y/z.html) too, e.g. this. **Bold. Text** ends. *It. Is* so.')).toEqual([
      'Use `a. B` here.',
      'See [the docs. Page](https://x.y/z.html) too, e.g. this.',
      '**Bold. Text** ends.',
      '*It. Is* so.',
    ]);
  });
  it('keeps a single sentence whole', () => {
    expect(splitSentences('No full stop at the end')).toEqual(['No full stop at the end']);
  });
});
