// Build benchmark: one cold `astro build` of a content folder into a temporary outDir, with its own Astro cache
// (never dist/ or the default cache, which `npm run build` uses). Measures wall time, pages, dist and Pagefind sizes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ASTRO_BIN, listFiles, ROOT, sumBytes } from './lib.mjs';

/**
 * With an outDir outside the project, Astro stages the build in <project>/.astro/ (its generated-types folder, shared
 * with every other astro command on the project), copies that whole folder into outDir and deletes it. So outDir also
 * gets whatever else is in .astro/ at that moment: these files are not part of the site (`npm run build` into dist/
 * does not ship them) and are left out of the figures.
 */
const STRAY = /^(collections\/|content-assets\.mjs$|content-modules\.mjs$|data-store\.json$|types\.d\.ts$|content\.d\.ts$)/;

/**
 * Builds the site into `<workDir>/dist` (cache in `<workDir>/cache`). `contentDir` is passed as NOTES_CONTENT_DIR;
 * undefined builds the real notes (./content), exactly as `npm run build` does.
 */
export async function buildSite({ workDir, contentDir }) {
  const dist = join(workDir, 'dist');
  const env = { ...process.env, ASTRO_CACHE_DIR: join(workDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  // The benchmarks serve the site at the root of a local server.
  delete env.BASE_PATH;
  if (contentDir) env.NOTES_CONTENT_DIR = contentDir;
  else delete env.NOTES_CONTENT_DIR;
  // GNU time, where installed, adds the CPU time of the build and everything it waits for (Pagefind's binary):
  // on a shared machine wall time also counts waiting for the CPU, CPU time much less so.
  const command = [process.execPath, ASTRO_BIN, 'build', '--outDir', dist];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const output = await new Promise((resolve, reject) => {
    const child = spawn(timed ? '/usr/bin/time' : command[0], timed ? ['-f', 'BENCH_TIME %e %U %S %M', ...command] : command.slice(1), {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(text);
      else reject(new Error(`astro build failed (exit ${code}):\n${text.split('\n').slice(-40).join('\n')}`));
    });
  });
  const wallMs = performance.now() - started;
  const all = listFiles(dist);
  const files = all.filter((f) => !STRAY.test(f.path));
  const htmlPages = files.filter((f) => f.path.endsWith('.html'));
  const pagefind = files.filter((f) => f.path.startsWith('pagefind/'));
  const under = (prefix) => pagefind.filter((f) => f.path.startsWith(`pagefind/${prefix}`));
  const time = /BENCH_TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(output);
  const cpuMs = time ? Math.round((Number(time[2]) + Number(time[3])) * 1000) : null;
  const astroSeconds = /(\d+) page\(s\) built in ([\d.]+)s/.exec(output);
  const indexed = /indexed (\d+) pages in (\d+) ms/.exec(output);
  return {
    dist,
    build: {
      wallMs: Math.round(wallMs),
      pages: htmlPages.length,
      msPerPage: +(wallMs / htmlPages.length).toFixed(1),
      /** CPU time (user + system) of the build process and its children, from GNU time; null without /usr/bin/time. */
      cpuMs,
      cpuMsPerPage: cpuMs === null ? null : +(cpuMs / htmlPages.length).toFixed(1),
      maxRssMB: time ? Math.round(Number(time[4]) / 1024) : null,
      /** 1-minute load average when the build ended (2 cores): above 2, other work competed for the CPU. */
      loadAverageAfter: +loadavg()[0].toFixed(2),
      /** Astro's own figure (from its log): rendering and bundling, without config loading and content sync. */
      astroReportedMs: astroSeconds ? Math.round(Number(astroSeconds[2]) * 1000) : null,
      pagefindIndexMs: indexed ? Number(indexed[2]) : null,
      pagefindPages: indexed ? Number(indexed[1]) : null,
      distBytes: sumBytes(files),
      distFiles: files.length,
      /** Copied in from <project>/.astro by Astro (see STRAY), not counted. */
      strayFiles: all.filter((f) => STRAY.test(f.path)).map((f) => f.path),
      htmlBytes: sumBytes(htmlPages),
      pagefind: {
        bytes: sumBytes(pagefind),
        files: pagefind.length,
        /** Word index chunks (pf_index, already gzip-compressed): a query fetches the chunk(s) holding its words. */
        indexChunksBytes: sumBytes(under('index/')),
        indexChunks: under('index/').length,
        /** Per-page fragments (excerpt, title, URL): a query fetches those of the results it shows. */
        fragmentsBytes: sumBytes(under('fragment/')),
        fragments: under('fragment/').length,
        filterBytes: sumBytes(under('filter/')),
        /** pagefind.js, wasm, entry and meta files and the (unused) UI bundles. */
        otherBytes: sumBytes(pagefind.filter((f) => !/^pagefind\/(index|fragment|filter)\//.test(f.path))),
      },
    },
  };
}
