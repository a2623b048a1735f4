import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ as the last step of
 * `astro build`, so `npm run build` (and `npm start`) always ship search.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
