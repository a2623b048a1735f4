import type { Element, ElementContent, Root, RootContent } from 'hast';

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
    wrapHeadings(tree);
  };
}

function wrapHeadings(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') {
      if ('children' in child && Array.isArray(child.children)) wrapHeadings(child as unknown as Element);
      return child;
    }
    if (LINKED_HEADINGS.has(child.tagName) && typeof child.properties?.id === 'string') {
      return headingWithAnchor(child, child.properties.id);
    }
    wrapHeadings(child);
    return child;
  }) as typeof parent.children;
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
