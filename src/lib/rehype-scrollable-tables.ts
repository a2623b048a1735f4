import type { Element, Root } from 'hast';
import { mapElements } from './hast-walk';
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
    mapElements(tree, (element) => {
      if (element.tagName !== 'table') return undefined;
      const firstHeader = textOf(findFirst(element, 'th') ?? element).trim();
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `Table: ${firstHeader.slice(0, 60)}` },
        children: [element],
      };
    });
  };
}
