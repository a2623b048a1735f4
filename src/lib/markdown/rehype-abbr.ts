/**
 * Marks the first use of each glossary abbreviation in a note with <abbr title="expansion">, so a student
 * can see what "RTO" stands for where they read it. Code, links, headings and existing <abbr> are left alone.
 */
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { escapeRegExp } from './escape';

export interface AbbrTerm {
  /** As written: "RTO". */
  term: string;
  /** What it stands for: "Recovery Time Objective". */
  title: string;
}

const SKIP_TAGS = new Set(['code', 'pre', 'a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'kbd', 'dfn']);

/** Glossary entries with an expansion, as abbreviation terms (their aliases too). */
export function abbrTerms(entries: readonly { term: string; expansion?: string | undefined; aliases?: readonly string[] | undefined }[]): AbbrTerm[] {
  return entries.flatMap((e) =>
    e.expansion ? [e.term, ...(e.aliases ?? [])].filter((t) => /^[A-Za-z0-9/&-]{2,12}$/.test(t)).map((term) => ({ term, title: e.expansion as string })) : [],
  );
}

export function rehypeAbbr(options: { terms: readonly AbbrTerm[] }) {
  const terms = [...options.terms].sort((a, b) => b.term.length - a.term.length);
  if (terms.length === 0) return () => undefined;
  const pattern = new RegExp(`(?<![\\w/-])(${terms.map((t) => escapeRegExp(t.term)).join('|')})(?![\\w/-])`, 'g');
  const titleOf = new Map(terms.map((t) => [t.term, t.title]));
  return (tree: Root) => {
    const marked = new Set<string>();
    // Text inside MDX components (<Sheet>, <Takeaways>, …) counts too: they are not hast elements but hold hast children.
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'element' && SKIP_TAGS.has(a.tagName))) return undefined;
      const parent = ancestors[ancestors.length - 1] as { children: ElementContent[] } | undefined;
      if (!parent) return undefined;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(pattern)) {
        const term = m[1] ?? '';
        // One mark per glossary entry: "AZ" after "AZs" is not marked again.
        const title = titleOf.get(term) ?? term;
        if (marked.has(title)) continue;
        marked.add(title);
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({ type: 'element', tagName: 'abbr', properties: { title }, children: [{ type: 'text', value: term }] });
        last = m.index + term.length;
      }
      if (last === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...parts);
      // Continue after what was inserted: the new <abbr> is not searched again.
      return [SKIP, index + parts.length];
    });
  };
}
