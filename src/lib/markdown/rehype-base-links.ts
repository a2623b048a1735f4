import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isExternal, SAFE_REL } from '../site/external-links';
import { withBase } from '../site/navigation';

/**
 * Notes link to other notes by site path ("/services/scp/"); this puts the configured base path in front.
 * Links to other sites get rel="noopener noreferrer": they never reach back into this page or learn where the
 * student came from.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string') return;
      if (isExternal(href)) element.properties.rel = SAFE_REL.split(' ');
      else element.properties.href = withBase(href, options.base);
    });
  };
}
