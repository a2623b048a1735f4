import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import { readFile } from 'node:fs/promises';
import { close, createIndex } from 'pagefind';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Builds the Pagefind search index into dist/pagefind/ as the last step of
 * `astro build`, so `npm run build` (and `npm start`) always ship search.
 * `astro dev` serves the index of the last build, so search works while
 * writing notes (the search box says so when there is none yet).
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const at = path.indexOf('/pagefind/');
          if (at === -1 || !outDir) return next();
          const root = join(fileURLToPath(outDir), 'pagefind');
          const file = normalize(join(root, decodeURIComponent(path.slice(at + '/pagefind/'.length))));
          if (!file.startsWith(root)) return next();
          try {
            const body = await readFile(file);
            res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
            res.end(body);
          } catch {
            res.statusCode = 404;
            res.end('No search index: run `npm run build` once.');
          }
        });
      },
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
