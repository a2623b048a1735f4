import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { offlineManifest, type BuiltFile } from '../lib/offline/site-files';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

/**
 * Writes dist/offline.json (what the service worker caches, and this build's version) and dist/sw.js (the worker,
 * from sw-template.js, with the version, base path and shell list in it: a new build changes its bytes, which is how
 * browsers notice an update). Runs after the search index is written, so the index is part of the site.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files: BuiltFile[] = await Promise.all(
          (await walk(site)).map(async (file) => {
            const body = await readFile(file);
            return { path: `/${relative(site, file).split(sep).join('/')}`, bytes: body.length, hash: sha256(body) };
          }),
        );
        const manifest = offlineManifest(files, base, sha256);
        await writeFile(join(site, 'offline.json'), JSON.stringify(manifest));
        const template = await readFile(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');
        const worker = template
          .replace("'__VERSION__'", JSON.stringify(manifest.version))
          .replace("'__BASE__'", JSON.stringify(base))
          .replace('__SHELL__', JSON.stringify(manifest.shell));
        await writeFile(join(site, 'sw.js'), worker);
        logger.info(
          `service worker ${manifest.version}: ${manifest.shell.length} shell files, ${manifest.site.length} files to save (${manifest.pages} pages)`,
        );
      },
    },
  };
}
