import type { Element, Root } from 'hast';
import { withBase } from './navigation';

/** Notes link to other notes by site path ("/services/scp/"); this puts the configured base path in front. */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') {
          // MDX components (<Sheet>, <Takeaways>) hold links too.
          if ('children' in child && Array.isArray(child.children)) visit(child as unknown as Element);
          continue;
        }
        const href = child.properties?.href;
        if (child.tagName === 'a' && typeof href === 'string') child.properties.href = withBase(href, options.base);
        visit(child);
      }
    };
    visit(tree);
  };
}
