/**
 * Marked blocks in the notes that feed the cheat sheet and the flashcards:
 * `<Takeaways>` around a list of key exam takeaways, `<Takeaway>` around one,
 * `<Sheet title="…">` around a reference table or list, `<ExamTip>` and
 * `<Trap choice="…">` around a tip or a tempting wrong answer. Opening and
 * closing tags stand on lines of their own. The lib reads them from the raw
 * MDX, so no sentence is typed twice.
 */
import { createHeadingSlugger } from './markdown-text';
import { splitTableRow } from './mdx-blocks';

export interface SheetListItem {
  text: string;
  children: SheetListItem[];
}

export type SheetContent = { kind: 'table'; header: string[]; rows: string[][] } | { kind: 'list'; items: SheetListItem[] } | { kind: 'text'; text: string };

export const MARKED_TAGS = ['Takeaways', 'Takeaway', 'Sheet', 'ExamTip', 'Trap'] as const;

export interface MarkedBlock {
  tag: (typeof MARKED_TAGS)[number];
  /** Attributes of the opening tag (title, columns). */
  attributes: Record<string, string>;
  content: SheetContent;
  /** The id of the nearest heading above the block, for a link back. */
  headingId: string | null;
  /** Corrections placed right after the block (<Update id="…" />), which the sheet must carry too. */
  errata: string[];
}

const OPEN = new RegExp(`^<(${MARKED_TAGS.join('|')})((?:\\s+[a-z]+="[^"]*")*)\\s*>\\s*$`);
const ATTRIBUTE = /([a-z]+)="([^"]*)"/g;

function parseList(lines: string[]): SheetListItem[] {
  const root: SheetListItem[] = [];
  const stack: { indent: number; items: SheetListItem[] }[] = [{ indent: -1, items: root }];
  for (const line of lines) {
    const match = /^(\s*)(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (!match) continue;
    const indent = (match[1] ?? '').length;
    while (stack.length > 1 && indent <= stack[stack.length - 1]!.indent) stack.pop();
    const item: SheetListItem = { text: (match[2] ?? '').trim(), children: [] };
    stack[stack.length - 1]!.items.push(item);
    stack.push({ indent, items: item.children });
  }
  return root;
}

function parseContent(lines: string[]): SheetContent {
  const tableLines = lines.filter((l) => l.trim().startsWith('|'));
  if (tableLines.length >= 2) {
    const [header = [], , ...rows] = tableLines.map(splitTableRow);
    return { kind: 'table', header, rows };
  }
  const items = parseList(lines);
  if (items.length > 0) return { kind: 'list', items };
  return {
    kind: 'text',
    text: lines
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' '),
  };
}

/** Every marked block of an MDX body, in order. Blocks do not nest. */
export function findMarkedBlocks(body: string): MarkedBlock[] {
  const lines = body.split('\n');
  const blocks: MarkedBlock[] = [];
  const slug = createHeadingSlugger();
  let headingId: string | null = null;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (heading) headingId = slug(heading[1] ?? '');
    const open = OPEN.exec(line.trim());
    if (!open) continue;
    const tag = open[1] as MarkedBlock['tag'];
    const end = lines.findIndex((l, j) => j > i && l.trim() === `</${tag}>`);
    if (end === -1) throw new Error(`<${tag}> opened on line ${i + 1} is never closed`);
    const attributes = Object.fromEntries([...(open[2] ?? '').matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
    const errata: string[] = [];
    let next = end + 1;
    for (; next < lines.length; next++) {
      const line = lines[next]!.trim();
      const update = /^<Update\s+id="([^"]+)"\s*\/>$/.exec(line);
      if (update) errata.push(update[1]!);
      else if (line !== '') break;
    }
    blocks.push({ tag, attributes, content: parseContent(lines.slice(i + 1, end)), headingId, errata });
    i = end;
  }
  return blocks;
}

/** Keeps the given columns (0-based) of a table, in that order. */
export function pickColumns(content: SheetContent, columns: number[] | undefined): SheetContent {
  if (content.kind !== 'table' || !columns) return content;
  const pick = (row: string[]) => columns.map((c) => row[c] ?? '');
  return { kind: 'table', header: pick(content.header), rows: content.rows.map(pick) };
}

/** The column numbers of `<Sheet columns="0,1,5">`, checked; undefined when the sheet keeps every column. */
export function blockColumns(block: MarkedBlock, where: string): number[] | undefined {
  const value = block.attributes.columns;
  if (value === undefined) return undefined;
  const columns = value.split(',').map((c) => Number(c.trim()));
  if (columns.some((c) => !Number.isInteger(c) || c < 0)) throw new Error(`${where}: <Sheet columns="${value}">: expected column numbers such as "0,1,5"`);
  return columns;
}
