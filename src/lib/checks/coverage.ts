/**
 * The faithful-migration check: every substantive line of the source notes
 * (list items, paragraphs, table cells, code lines) must appear in the built
 * pages, compared case- and punctuation-insensitively.
 */
import { cellParts, splitTableRow } from '../markdown/mdx-blocks';

export interface SourceLine {
  /** 1-based line number in the repaired notes. */
  line: number;
  kind: 'item' | 'paragraph' | 'table-cell' | 'code';
  text: string;
}

/** Lower case, letters and digits only, single spaces. */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stripLinks(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** The substantive lines of a Markdown document (headings and rules are structure, not notes). */
export function substantiveLines(markdown: string): SourceLine[] {
  const out: SourceLine[] = [];
  let inFence = false;
  markdown.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    const trimmed = raw.trim();
    if (inFence) {
      if (trimmed !== '') out.push({ line, kind: 'code', text: trimmed });
      return;
    }
    if (trimmed === '' || /^#{1,6}\s/.test(trimmed) || /^(-{3,}|\*{3,})$/.test(trimmed)) return;
    // A numbered title in bold on a line of its own ("**1. AWS Control Tower**") is a heading in all but markup.
    if (/^\*\*\d+\.\s[^*]+\*\*$/.test(trimmed)) return;
    if (trimmed.startsWith('|')) {
      if (/^\|?[\s:|-]+\|?$/.test(trimmed)) return;
      for (const cell of splitTableRow(trimmed)) {
        for (const part of cellParts(cell)) {
          const text = stripLinks(part).trim();
          if (normalizeForComparison(text) !== '') out.push({ line, kind: 'table-cell', text });
        }
      }
      return;
    }
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(trimmed);
    const text = stripLinks(item ? (item[1] ?? '') : trimmed);
    if (normalizeForComparison(text) !== '') out.push({ line, kind: item ? 'item' : 'paragraph', text });
  });
  return out;
}

/** Every URL linked from a Markdown document. */
export function linkedUrls(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader sees in an HTML page (scripts, styles and tags removed, entities decoded). */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|li|ul|ol|td|th|tr|table|div|h[1-6]|br|pre|section|article|nav|header|footer|main|aside|details|summary|dt|dd|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

export interface CoverageReport {
  total: number;
  present: number;
  missing: SourceLine[];
  /** Percentage of lines present, rounded down to two decimals so 100 means all. */
  percent: number;
}

export function checkCoverage(lines: readonly SourceLine[], pagesText: readonly string[]): CoverageReport {
  const haystack = ` ${pagesText.map(normalizeForComparison).join(' \u0001 ')} `;
  const missing = lines.filter((l) => !haystack.includes(` ${normalizeForComparison(l.text)} `));
  const present = lines.length - missing.length;
  const percent = lines.length === 0 ? 100 : Math.floor((present / lines.length) * 10000) / 100;
  return { total: lines.length, present, missing, percent };
}
