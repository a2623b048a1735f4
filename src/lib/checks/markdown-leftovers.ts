/** Markdown syntax that reached a reader: text a renderer should have turned into markup but printed as typed. */
import { visibleText } from './coverage';

const LEFTOVERS: { name: string; pattern: RegExp }[] = [
  { name: 'bold', pattern: /\*\*/ },
  { name: 'emphasis', pattern: /(^|[\s(])\*[^\s*][^*]*?\*(?=[\s).,;:!?]|$)/ },
  { name: 'code span', pattern: /`/ },
  { name: 'link', pattern: /\]\([^)\s]*\)/ },
];

/** The kinds of Markdown syntax left in a piece of HTML's visible text; code and preformatted text are exempt. */
export function markdownLeftovers(html: string): string[] {
  const text = visibleText(html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, ' '));
  return LEFTOVERS.filter((l) => l.pattern.test(text)).map((l) => `${l.name}: …${excerptAround(text, l.pattern)}…`);
}

function excerptAround(text: string, pattern: RegExp): string {
  const at = pattern.exec(text)?.index ?? 0;
  return text.slice(Math.max(0, at - 30), at + 40);
}
