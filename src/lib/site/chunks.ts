/**
 * How Vite splits the browser code. The code every page shares (studied pages and their store, Vite's import
 * helper) goes into one "common" chunk rather than two small files. The paths are checked by a unit test, so a
 * moved file cannot silently fall out of the chunk.
 */

/** Project files that belong in the common chunk, relative to the project root. */
export const COMMON_CHUNK_FILES = ['src/lib/study/studied.ts', 'src/scripts/study/studied-store.ts'] as const;

/** Vite's `manualChunks`: "common" for the shared code, Vite's default for everything else. */
export function manualChunk(id: string): 'common' | undefined {
  const path = id.replaceAll('\\', '/');
  if (path.includes('vite/preload-helper')) return 'common';
  return COMMON_CHUNK_FILES.some((file) => path.endsWith(`/${file}`)) ? 'common' : undefined;
}
