import type { Element, Root } from 'hast';

type Parent = Root | Element;

/** Children of a node, including those of MDX components (<Sheet>, <Takeaways>), which are not hast elements. */
function childrenOf(node: unknown): Parent['children'] | undefined {
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) ? (children as Parent['children']) : undefined;
}

/**
 * Walks every element depth-first; `replace` may return a new node to put in
 * its place (the replacement is not walked again).
 */
export function mapElements(tree: Root, replace: (element: Element) => Element | undefined): void {
  const walk = (parent: unknown) => {
    const children = childrenOf(parent);
    if (!children) return;
    children.forEach((child, index) => {
      if (child.type === 'element') {
        const replacement = replace(child);
        if (replacement && replacement !== child) {
          children[index] = replacement;
          return;
        }
      }
      walk(child);
    });
  };
  walk(tree);
}
