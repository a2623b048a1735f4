import type { Element, Root } from 'hast';
import { textOf } from './rehype-heading-anchors';

function findFirst(node: Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findFirst(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * Wide tables scroll sideways inside their own box on small screens; the box
 * is a focusable, labelled region so keyboard users can scroll it too.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        // MDX components (<Sheet>, <Takeaways>) are not hast elements but hold tables too.
        if (child.type !== 'element') {
          if ('children' in child && Array.isArray(child.children)) visit(child as unknown as Element);
          return child;
        }
        if (child.tagName === 'table') {
          const firstHeader = textOf(findFirst(child, 'th') ?? child).trim();
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table: ${firstHeader.slice(0, 60)}` },
            children: [child],
          } satisfies Element;
        }
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}
