/**
 * Reads an MDX body as a student reads it: headings, and the lines of text
 * under them (list items, paragraphs, table rows). Code blocks and components
 * are skipped. Used to find where a service is mentioned and which headings a
 * page has, without rendering it.
 */
import { createHeadingSlugger, stripInlineMarkdown } from './markdown-text';

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface TextLine {
  kind: 'item' | 'paragraph' | 'table-row';
  /** The line's Markdown (for table rows: the cells). */
  cells: string[];
  heading: Heading | null;
}

export interface ParsedBody {
  headings: Heading[];
  lines: TextLine[];
  /** Ids used by <Update id="…" /> components, in order. */
  updateIds: string[];
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const UPDATE = /<Update\s+id="([^"]+)"\s*\/>/g;

/** The parts of a table cell that the notes separate with `<br>` (often each a "- " item), trimmed, empties dropped. */
export function cellParts(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>/i)
    .map((part) => part.trim().replace(/^-\s+/, ''))
    .filter((part) => part !== '');
}

export function splitTableRow(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

export function parseBody(body: string): ParsedBody {
  const slug = createHeadingSlugger();
  const headings: Heading[] = [];
  const lines: TextLine[] = [];
  const updateIds = [...body.matchAll(UPDATE)].map((m) => m[1] ?? '');
  let inFence = false;
  let current: Heading | null = null;

  for (const raw of body.split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = raw.trim();
    if (line === '' || /^(-{3,}|\*{3,})$/.test(line) || line.startsWith('<') || line.startsWith('import ')) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const text = stripInlineMarkdown(heading[2] ?? '');
      current = { depth: (heading[1] ?? '').length, text, id: slug(heading[2] ?? '') };
      headings.push(current);
      continue;
    }
    if (line.startsWith('|')) {
      if (!TABLE_SEPARATOR.test(line)) lines.push({ kind: 'table-row', cells: splitTableRow(line), heading: current });
      continue;
    }
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    lines.push(item ? { kind: 'item', cells: [item[1] ?? ''], heading: current } : { kind: 'paragraph', cells: [line], heading: current });
  }
  return { headings, lines, updateIds };
}
