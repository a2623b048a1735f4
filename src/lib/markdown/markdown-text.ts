/** Small, safe helpers for the inline Markdown that frontmatter and excerpts carry. */
import GithubSlugger from 'github-slugger';
import { withBase } from '../site/navigation';
import { SAFE_REL } from '../site/external-links';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Renders `**bold**`, `` `code` `` and `[text](url)` to HTML, escaping
 * everything else, so frontmatter text can never inject markup. Site paths
 * in links get the base path.
 */
export function renderInlineMarkdown(markdown: string, base = '/'): string {
  const codeSpans: string[] = [];
  let html = escapeHtml(markdown.replace(/\\([{}<>])/g, '$1')).replace(/`([^`]+)`/g, (_m, code: string) => {
    codeSpans.push(`<code>${code}</code>`);
    return `\u0000${codeSpans.length - 1}\u0000`;
  });
  html = html
    .replace(/\*\*([^*]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, href: string) => {
      const external = /^https?:/.test(href);
      return external ? `<a href="${href}" rel="${SAFE_REL}">${text}</a>` : `<a href="${withBase(href, base)}">${text}</a>`;
    });
  return html.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codeSpans[Number(i)] ?? '');
}

/** Plain text of inline Markdown: markers removed, link text kept. */
export function stripInlineMarkdown(markdown: string): string {
  return markdown
    .replace(/\\([{}<>])/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .trim();
}

/** Heading ids as Astro makes them (github-slugger over the heading's text), one slugger per page. */
export function createHeadingSlugger(): (headingMarkdown: string) => string {
  const slugger = new GithubSlugger();
  return (headingMarkdown) => slugger.slug(stripInlineMarkdown(headingMarkdown));
}
