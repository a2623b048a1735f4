/** Small, safe helpers for the inline Markdown that frontmatter and excerpts carry. */
import GithubSlugger from 'github-slugger';
import { withBase } from '../site/navigation';
import { SAFE_REL } from '../site/external-links';
import { escapeHtml } from './escape';

/**
 * Renders `**bold**`, `*emphasis*`, `` `code` `` and `[text](url)` to HTML, escaping
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
    // A single asterisk pair is emphasis only around text that does not start or end with a space ("a * b * c" stays).
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1<em>$2</em>')
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
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1$2')
    .replace(/<br\s*\/?>/gi, ' ')
    .trim();
}

/** Heading ids as Astro makes them (github-slugger over the heading's text), one slugger per page. */
export function createHeadingSlugger(): (headingMarkdown: string) => string {
  const slugger = new GithubSlugger();
  return (headingMarkdown) => slugger.slug(stripInlineMarkdown(headingMarkdown));
}

/**
 * Splits inline Markdown into sentences: after ".", "!" or "?" and a space, when a capital letter, a digit or
 * markup follows, and never inside `code`, **bold**, *emphasis* or a [link](…), so each piece renders on its own.
 */
export function splitSentences(markdown: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let code = false;
  let strong = false;
  let em = false;
  let brackets = 0;
  let parens = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '`') code = !code;
    if (code) continue;
    if (c === '*' && markdown[i + 1] === '*') {
      strong = !strong;
      i++;
      continue;
    }
    if (c === '*') em = !em;
    else if (c === '[') brackets++;
    else if (c === ']') brackets = Math.max(0, brackets - 1);
    else if (c === '(' && markdown[i - 1] === ']') parens++;
    else if (c === ')' && parens > 0) parens--;
    const balanced = !strong && !em && brackets === 0 && parens === 0;
    if (balanced && /[.!?]/.test(c) && /\s/.test(markdown[i + 1] ?? '') && /^\s+[A-Z0-9*`[("“]/.test(markdown.slice(i + 1))) {
      sentences.push(markdown.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = markdown.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
