import type { Root } from 'hast';
import { mapElements } from './hast-walk';
import { withBase } from './navigation';

/** Notes link to other notes by site path ("/services/scp/"); this puts the configured base path in front. */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    mapElements(tree, (element) => {
      const href = element.properties?.href;
      if (element.tagName === 'a' && typeof href === 'string') element.properties.href = withBase(href, options.base);
      return undefined;
    });
  };
}
