import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_CHUNK_FILES, manualChunk } from '../../src/lib/site/chunks';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the common chunk', () => {
  it('names files that exist, so moving one breaks this test rather than the bundle', () => {
    for (const file of COMMON_CHUNK_FILES) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('puts those files and Vite’s import helper in "common", and nothing else', () => {
    for (const file of COMMON_CHUNK_FILES) expect(manualChunk(join(ROOT, file))).toBe('common');
    expect(manualChunk(`${ROOT}/node_modules/vite/preload-helper.js`)).toBe('common');
    expect(manualChunk(join(ROOT, 'src/scripts/study/flashcards.ts'))).toBeUndefined();
    expect(manualChunk(join(ROOT, 'src/lib/study/studied.test-helper.ts'))).toBeUndefined();
  });
});
