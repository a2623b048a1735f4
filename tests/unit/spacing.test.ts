import { describe, expect, it } from 'vitest';
import { spacesBeforePunctuation } from '../../src/lib/checks/spacing';

describe('spaces before punctuation', () => {
  it('finds a line break between a link and the comma after it', () => {
    const found = spacesBeforePunctuation('<span><a href="/d1/">Domain 1</a>\n  , <a href="/d2/">Domain 2</a></span>');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Domain 1</a> ,');
  });
  it('finds a space between a bold name and its colon', () => {
    expect(spacesBeforePunctuation('<li><a href="/x/"><strong>AWS X-Ray</strong> </a> : traces</li>')).toHaveLength(1);
  });
  it('accepts punctuation right after an element, and a space before an opening parenthesis', () => {
    expect(spacesBeforePunctuation('<p><a href="/d1/">Domain 1</a>, <code>x</code>: y <em>z</em> (w)</p>')).toEqual([]);
  });
  it('ignores code blocks and scripts', () => {
    expect(spacesBeforePunctuation('<pre><span>a</span> ;</pre><script>x</span> ;</script>')).toEqual([]);
  });
});
