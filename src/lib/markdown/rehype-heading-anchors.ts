import type { Element, ElementContent, Root, RootContent } from 'hast';
import { mapElements } from './hast-walk';

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);

export function textOf(node: ElementContent | RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/**
 * Gives every h2–h5 that has an id a visible "#" link to itself, placed after
 * the heading (inside a wrapper) so the heading's accessible name stays its
 * own text. Runs after Astro's rehypeHeadingIds.
 */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    mapElements(tree, (element) =>
      LINKED_HEADINGS.has(element.tagName) && typeof element.properties?.id === 'string' ? headingWithAnchor(element, element.properties.id) : undefined,
    );
  };
}

function headingWithAnchor(heading: Element, id: string): Element {
  const label = textOf(heading).trim();
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
