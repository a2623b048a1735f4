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
 * is a focusable, labelled region (a <section> with a name unique on the page,
 * numbered when two tables start with the same header) so keyboard users can scroll it too.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    const used = new Map<string, number>();
    mapElements(tree, (element) => {
      if (element.tagName !== 'table') return undefined;
      const firstHeader = textOf(findFirst(element, 'th') ?? element).trim();
      const label = `Table: ${firstHeader.slice(0, 60)}`;
      const seen = (used.get(label) ?? 0) + 1;
      used.set(label, seen);
      return {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: seen === 1 ? label : `${label} (${seen})` },
        children: [element],
      };
    });
  };
}
