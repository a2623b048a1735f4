import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);

/**
 * Gives every h2–h5 that has an id a visible "#" link to itself, placed after
 * the heading (inside a wrapper) so the heading's accessible name stays its
 * own text. Runs after Astro's rehypeHeadingIds.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (element, index, parent) => {
      const id = element.properties.id;
      if (!LINKED_HEADINGS.has(element.tagName) || typeof id !== 'string' || !parent || index === undefined) return undefined;
      parent.children[index] = headingWithAnchor(element, id);
      return SKIP;
    });
  };
}

function headingWithAnchor(heading: Element, id: string): Element {
  const label = toString(heading).trim();
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, 'data-pagefind-ignore': '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${label}` }] },
        ],
      },
    ],
  };
}
