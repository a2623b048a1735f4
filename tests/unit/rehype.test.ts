import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeBaseLinks } from '../../src/lib/markdown/rehype-base-links';
import { rehypeHeadingAnchors } from '../../src/lib/markdown/rehype-heading-anchors';
import { rehypeScrollableTables } from '../../src/lib/markdown/rehype-scrollable-tables';

const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });
/** An MDX component in the tree, as @mdx-js puts it there. */
const component = (children: Element[]) => ({ type: 'mdxJsxFlowElement', name: 'Sheet', attributes: [], children }) as unknown as Element;

describe('rehype plugins', () => {
  it('gives headings a "#" link after them, also inside MDX components', () => {
    const tree: Root = { type: 'root', children: [component([el('h2', { id: 'rollbacks' }, [text('5. Rollbacks')])])] };
    rehypeHeadingAnchors()(tree);
    const wrapper = (tree.children[0] as unknown as { children: Element[] }).children[0]!;
    expect(wrapper.properties.className).toEqual(['heading-wrapper', 'level-h2']);
    const anchor = wrapper.children[1] as Element;
    expect(anchor.properties.href).toBe('#rollbacks');
    expect(JSON.stringify(anchor)).toContain('Link to section: 5. Rollbacks');
  });

  it('wraps tables in a focusable, labelled scrolling region', () => {
    const table = el('table', {}, [el('thead', {}, [el('tr', {}, [el('th', {}, [text('Method')]), el('th', {}, [text('Use')])])])]);
    const tree: Root = { type: 'root', children: [component([table])] };
    rehypeScrollableTables()(tree);
    const region = (tree.children[0] as unknown as { children: Element[] }).children[0]!;
    expect(region.tagName).toBe('section');
    expect(region.properties).toEqual({ className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table: Method' });
    expect(region.children[0]).toBe(table);
  });

  it('separates the cells of a row with a space, so text read off the page keeps them apart', () => {
    const row = el('tr', {}, [el('th', {}, [text('Deployment Type')]), el('th', {}, [text('Description')]), el('th', {}, [text('Pros')])]);
    const tree: Root = { type: 'root', children: [el('table', {}, [el('thead', {}, [row])])] };
    rehypeScrollableTables()(tree);
    expect(row.children.map((c) => (c.type === 'text' ? `"${c.value}"` : (c as Element).tagName)).join(' ')).toBe('th " " th " " th');
  });

  it('numbers the labels of tables that start with the same header, so each region has its own name', () => {
    const table = () => el('table', {}, [el('tr', {}, [el('th', {}, [text('Hook')])])]);
    const tree: Root = { type: 'root', children: [table(), table(), table()] };
    rehypeScrollableTables()(tree);
    expect((tree.children as Element[]).map((r) => r.properties.ariaLabel)).toEqual(['Table: Hook', 'Table: Hook (2)', 'Table: Hook (3)']);
  });

  it('puts the base path in front of site links only', () => {
    const tree: Root = {
      type: 'root',
      children: [el('p', {}, [el('a', { href: '/services/scp/' }), el('a', { href: 'https://aws.amazon.com/' }), el('a', { href: '#x' })])],
    };
    rehypeBaseLinks({ base: '/dop-c02/' })(tree);
    const hrefs = ((tree.children[0] as Element).children as Element[]).map((a) => a.properties.href);
    expect(hrefs).toEqual(['/dop-c02/services/scp/', 'https://aws.amazon.com/', '#x']);
  });
});
