import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { abbrTerms, rehypeAbbr } from '../../src/lib/markdown/rehype-abbr';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: Element['children'] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const html = (node: Root | Element): string =>
  node.children
    .map((c) =>
      c.type === 'text'
        ? c.value
        : c.type === 'element'
          ? `<${c.tagName}${c.properties.title ? ` title="${c.properties.title}"` : ''}>${html(c)}</${c.tagName}>`
          : '',
    )
    .join('');

const terms = abbrTerms([
  { term: 'RTO', expansion: 'Recovery Time Objective' },
  { term: 'AZ', expansion: 'Availability Zone', aliases: ['AZs'] },
  { term: 'Blue/green deployment' },
]);

describe('rehypeAbbr', () => {
  it('marks the first use of each abbreviation, once per glossary entry', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('Keep RTO low across AZs. RTO again, one AZ.')])] };
    rehypeAbbr({ terms })(tree);
    expect(html(tree)).toBe(
      '<p>Keep <abbr title="Recovery Time Objective">RTO</abbr> low across <abbr title="Availability Zone">AZs</abbr>. RTO again, one AZ.</p>',
    );
  });
  it('leaves code, links, headings and parts of words alone', () => {
    const tree: Root = {
      type: 'root',
      children: [el('h2', [text('RTO')]), el('p', [el('code', [text('RTO')]), el('a', [text('RTO')]), text(' PRTOS then RTO.')])],
    };
    rehypeAbbr({ terms })(tree);
    expect(html(tree)).toBe('<h2>RTO</h2><p><code>RTO</code><a>RTO</a> PRTOS then <abbr title="Recovery Time Objective">RTO</abbr>.</p>');
  });
  it('takes abbreviations only from entries with an expansion', () => {
    expect(terms.map((t) => t.term)).toEqual(['RTO', 'AZ', 'AZs']);
  });
});
