/** Reads the built site in dist/ for tests that check what every page contains. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** Site path, e.g. "/services/codedeploy/". */
  path: string;
  file: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function builtFiles(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return walk(DIST);
}

export function builtPages(): BuiltPage[] {
  return builtFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file, html: readFileSync(file, 'utf8') };
    });
}
