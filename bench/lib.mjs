// Small helpers shared by the benchmarks: file sizes, formatting, Markdown tables.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding bench/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Astro's command-line entry, as its package.json names it. */
export const ASTRO_BIN = join(ROOT, 'node_modules', 'astro', JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).bin.astro);

/** 1 kB = 1000 bytes everywhere in the results, as in src/lib/page-weight.ts. */
export const KB = 1000;
export const kB = (bytes, digits = 1) => `${(bytes / KB).toFixed(digits)} kB`;
export const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
export const ms = (value, digits = 0) => `${Number(value).toFixed(digits)} ms`;
export const s = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;
export const mark = (ok) => (ok ? '✔' : '✘');

/** Every file under a folder, with its path relative to the folder (forward slashes) and its size. */
export function listFiles(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ path: relative(dir, full).split(sep).join('/'), full, bytes: statSync(full).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const sumBytes = (files) => files.reduce((sum, f) => sum + f.bytes, 0);

export function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** A Markdown table: header cells, then rows; `align` is a string of l/r per column. */
export function table(header, rows, align = '') {
  const esc = (cell) => String(cell).replaceAll('|', '\\|');
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [`| ${header.map(esc).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}
