import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const CELLS = new Set(['th', 'td']);

/**
 * Wide tables scroll sideways inside their own box on small screens; the box
 * is a focusable, labelled region (a <section> with a name unique on the page,
 * numbered when two tables start with the same header) so keyboard users can scroll it too.
 * Cells of a row are separated by a space, so text read off the page ("Method Description Pros"), as the
 * search index reads it, does not run cells together ("MethodDescriptionPros").
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    const used = new Map<string, number>();
    visit(tree, 'element', (element, index, parent) => {
      if (element.tagName !== 'table' || !parent || index === undefined) return undefined;
      separateCells(element);
      let firstHeader: Element | undefined;
      visit(element, 'element', (cell) => {
        if (cell.tagName !== 'th') return undefined;
        firstHeader = cell;
        return false;
      });
      const label = `Table: ${toString(firstHeader ?? element)
        .trim()
        .slice(0, 60)}`;
      const seen = (used.get(label) ?? 0) + 1;
      used.set(label, seen);
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: seen === 1 ? label : `${label} (${seen})` },
        children: [element],
      };
      return SKIP;
    });
  };
}

function separateCells(table: Element): void {
  visit(table, 'element', (row) => {
    if (row.tagName !== 'tr') return undefined;
    const cells = row.children.filter((c) => c.type === 'element' && CELLS.has(c.tagName));
    row.children = cells.flatMap((cell, i) => (i === 0 ? [cell] : [{ type: 'text' as const, value: ' ' }, cell]));
    return SKIP;
  });
}
