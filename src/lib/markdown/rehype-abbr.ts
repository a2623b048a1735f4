/**
 * Marks the first use of each glossary abbreviation in a note with <abbr title="expansion">, so a student
 * can see what "RTO" stands for where they read it. Code, links, headings and existing <abbr> are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface AbbrTerm {
  /** As written: "RTO". */
  term: string;
  /** What it stands for: "Recovery Time Objective". */
  title: string;
}

const SKIP = new Set(['code', 'pre', 'a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'kbd', 'dfn']);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Glossary entries with an expansion, as abbreviation terms (their aliases too). */
export function abbrTerms(entries: readonly { term: string; expansion?: string | undefined; aliases?: readonly string[] | undefined }[]): AbbrTerm[] {
  return entries.flatMap((e) => (e.expansion ? [e.term, ...(e.aliases ?? [])].filter((t) => /^[A-Za-z0-9/&-]{2,12}$/.test(t)).map((term) => ({ term, title: e.expansion as string })) : []));
}

export function rehypeAbbr(options: { terms: readonly AbbrTerm[] }) {
  const terms = [...options.terms].sort((a, b) => b.term.length - a.term.length);
  if (terms.length === 0) return () => undefined;
  const pattern = new RegExp(`(?<![\\w/-])(${terms.map((t) => escapeRegExp(t.term)).join('|')})(?![\\w/-])`, 'g');
  const titleOf = new Map(terms.map((t) => [t.term, t.title]));
  return (tree: Root) => {
    const marked = new Set<string>();
    const visit = (node: Root | Element): void => {
      const children = (node as { children?: unknown }).children;
      if (!Array.isArray(children)) return;
      const out: ElementContent[] = [];
      for (const child of children as ElementContent[]) {
        if (child.type === 'element') {
          if (!SKIP.has(child.tagName)) visit(child);
          out.push(child);
          continue;
        }
        // MDX components (<Sheet>, <Takeaways>, …) are not hast elements but hold hast children.
        if (child.type !== 'text') {
          if (Array.isArray((child as { children?: unknown }).children)) visit(child as unknown as Element);
          out.push(child);
          continue;
        }
        const text = (child as Text).value;
        let last = 0;
        for (const m of text.matchAll(pattern)) {
          const term = m[1] ?? '';
          // One mark per glossary entry: "AZ" after "AZs" is not marked again.
          const title = titleOf.get(term) ?? term;
          if (marked.has(title)) continue;
          marked.add(title);
          if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
          out.push({ type: 'element', tagName: 'abbr', properties: { title: titleOf.get(term) }, children: [{ type: 'text', value: term }] });
          last = m.index + term.length;
        }
        out.push(last === 0 ? child : { type: 'text', value: text.slice(last) });
      }
      (node as { children: ElementContent[] }).children = out.filter((n) => n.type !== 'text' || n.value !== '');
    };
    visit(tree);
  };
}
