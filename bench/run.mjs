// npm run bench [-- --scale N] [-- --lighthouse-runs N]
//
// 1. Builds the real notes once into a temporary folder (own outDir and Astro cache; never dist/): build time, pages,
//    dist and Pagefind index sizes. 2. Page weights of every built page. 3. Search latency and bytes in headless
//    Chromium. 4. Lighthouse on four pages. With --scale N: 5. builds a generated corpus N× the size of the notes and
//    measures build and search again, side by side with 1×. Writes bench/results/*.json and bench/results/README.md;
//    removes its temporary folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build.mjs';
import { benchSearch, searchMarkdown } from './search.mjs';
import { benchWeights, weightsMarkdown } from './weights.mjs';
import { benchLighthouse, lighthouseMarkdown } from './lighthouse.mjs';
import { generateCorpus } from './scale.mjs';
import { kB, MB, mark, ROOT, s, table } from './lib.mjs';
import { BUDGETS } from '../src/lib/checks/page-weight.ts';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at === -1) return fallback;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} expects a whole number of 1 or more, got "${value}"`);
  return number;
}

const scale = option('scale', undefined);
const lighthouseRuns = option('lighthouse-runs', 3);
if (scale !== undefined && scale < 2) throw new Error('--scale expects a factor of 2 or more, e.g. --scale 20');

const RESULTS = join(ROOT, 'bench', 'results');
const work = mkdtempSync(join(tmpdir(), 'dop-c02-bench-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** Runs a benchmark and notes the 1-minute load average before and after it (2 cores: above 2, others competed). */
async function underLoad(run) {
  const before = +loadavg()[0].toFixed(2);
  const result = await run();
  return { ...result, loadAverage: { before, after: +loadavg()[0].toFixed(2) } };
}
const loadNote = (r) => `Load average (1 min) before → after this benchmark: ${r.loadAverage.before} → ${r.loadAverage.after} (2 cores).\n`;

const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
let chromium = '/usr/bin/chromium';
try {
  chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
} catch {}
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
  chromium,
  command: `npm run bench${scale ? ` -- --scale ${scale}` : ''}`,
};

try {
  await mkdir(RESULTS, { recursive: true });
  log(`work folder ${work}`);

  log('building the notes (1×)…');
  const real = await buildSite({ workDir: join(work, 'real') });
  log(`built ${real.build.pages} pages in ${s(real.build.wallMs)}`);

  log('page weights…');
  const weights = benchWeights(real.dist);

  log('search (1×)…');
  const search = await underLoad(() => benchSearch({ dist: real.dist }));

  log(`lighthouse (${lighthouseRuns} runs per page)…`);
  const lighthouse = await underLoad(() => benchLighthouse({ dist: real.dist, runs: lighthouseRuns }));

  let scaled;
  if (scale) {
    log(`generating the ${scale}× corpus…`);
    const { contentDir, corpus } = generateCorpus({ sourceDir: join(ROOT, 'content'), dir: join(work, 'scaled'), factor: scale });
    log(`${corpus.syntheticServices} synthetic services, ${MB(corpus.totalBytes)} of notes; building…`);
    const built = await buildSite({ workDir: join(work, 'scaled'), contentDir });
    log(`built ${built.build.pages} pages in ${s(built.build.wallMs)}`);
    rmSync(join(work, 'scaled', 'cache'), { recursive: true, force: true });
    log(`page weights (${scale}×)…`);
    const scaledWeights = benchWeights(built.dist).summary;
    log(`search (${scale}×)…`);
    const scaledSearch = await underLoad(() => benchSearch({ dist: built.dist }));
    scaled = { corpus, build: built.build, weights: scaledWeights, search: scaledSearch };
  }

  const buildResult = { ...machine, build: real.build };
  await writeFile(join(RESULTS, 'build.json'), json(buildResult));
  await writeFile(join(RESULTS, 'weights.json'), json({ date: machine.date, ...weights }));
  await writeFile(join(RESULTS, 'search.json'), json(search));
  await writeFile(join(RESULTS, 'lighthouse.json'), json({ date: machine.date, ...lighthouse }));
  let scaleResult;
  if (scaled) {
    scaleResult = {
      date: machine.date,
      factor: scale,
      corpus: scaled.corpus,
      targets: { msPerPageRatioMax: 1.5, coldBytesMax: 200_000 },
      /** Build time of each page added by the larger corpus: (wall N× − wall 1×) / (pages N× − pages 1×). */
      marginalMsPerPage: +((scaled.build.wallMs - real.build.wallMs) / (scaled.build.pages - real.build.pages)).toFixed(1),
      build: { '1x': real.build, [`${scale}x`]: scaled.build },
      /** Page-weight summaries (gzip; per-page figures of 1× in weights.json). */
      weights: { '1x': weights.summary, [`${scale}x`]: scaled.weights },
      search: { '1x': search, [`${scale}x`]: scaled.search },
    };
    await writeFile(join(RESULTS, 'scale.json'), json(scaleResult));
  }

  const report = [
    '# Benchmarks',
    '',
    `\`${machine.command}\`, ${machine.date.slice(0, 16).replace('T', ' ')} UTC. Node ${machine.node}, ${machine.cpu}, load average at start ${machine.loadAverageAtStart.join(' / ')} (1/5/15 min; other work on the machine shows up in the times), ${machine.chromium}. Every build is a cold \`astro build\` of the current working tree into a temporary folder with its own Astro cache. 1 kB = 1000 bytes, 1 MB = 10⁶ bytes.`,
    '',
    'Files: build.json, weights.json (every page), search.json (every query), lighthouse.json (failing audits with details), scale.json (with `--scale`).',
    '',
    targetsMarkdown({ weights, lighthouse, search, scale: scaleResult }),
    buildMarkdown(real.build),
    weightsMarkdown(weights),
    lighthouseMarkdown(lighthouse),
    loadNote(lighthouse),
    searchMarkdown(search, 'Search (real notes)'),
    loadNote(search),
    scaleResult
      ? scaleMarkdown(scaleResult)
      : '## Scale\n\nNot run this time: `npm run bench -- --scale 20` builds a corpus 20× the size of the notes and compares it with 1× (scale.json, if present, is from an earlier run; see its date).\n',
  ].join('\n');
  await writeFile(join(RESULTS, 'README.md'), report);
  console.log(`\n${report}`);
} finally {
  cleanUp();
}

function targetsMarkdown({ weights, lighthouse, search, scale: r }) {
  const w = weights.summary;
  const scores = lighthouse.pages.flatMap((p) => Object.values(p.scores));
  const under = lighthouse.pages.flatMap((p) =>
    Object.entries(p.scores)
      .filter(([, v]) => v !== 100)
      .map(([c, v]) => `${p.path} ${c} ${v}`),
  );
  const q = search.summary;
  const rows = [
    ['note-page HTML, median', kB(w.noteHtmlMedian, 2), '', ''],
    ['HTML of any page, max', `${kB(w.htmlMax.bytes, 2)} (${w.htmlMax.path})`, '', ''],
    ['site CSS, total', kB(w.totalCss, 2), `≤ ${kB(BUDGETS.totalCss, 0)}`, mark(w.totalCss <= BUDGETS.totalCss)],
    [
      'JS run on load, max (pages other than the application pages)',
      `${kB(w.jsOnLoadMax.bytes, 2)} (${w.jsOnLoadMax.path})`,
      `≤ ${kB(BUDGETS.jsOnLoad, 0)}`,
      mark(w.jsOnLoadMax.bytes <= BUDGETS.jsOnLoad),
    ],
    ...w.appPagesJs.map((a) => [`JS run on load, ${a.path} (an application page)`, kB(a.bytes, 2), `≤ ${kB(a.budget, 1)}`, mark(a.bytes <= a.budget)]),
    [
      'note page first visit, max',
      `${kB(w.notePageFirstVisitMax.bytes, 2)} (${w.notePageFirstVisitMax.path})`,
      `≤ ${kB(BUDGETS.notePageFirstVisit, 0)}`,
      mark(w.notePageFirstVisitMax.bytes <= BUDGETS.notePageFirstVisit),
    ],
    [
      'Lighthouse scores at 100',
      `${scores.filter((v) => v === 100).length} of ${scores.length}${under.length ? ` (under: ${under.join(', ')})` : ''}`,
      'all 100',
      mark(under.length === 0),
    ],
    ['search, warm query median', `${q.warmMedianMs} ms`, '≤ 30 ms', mark(q.warmMedianMs <= 30)],
    ['search, cold first query median', `${q.coldMedianMs} ms`, '≤ 250 ms', mark(q.coldMedianMs <= 250)],
    ['search, bytes for a cold first query, median', kB(q.coldBytesMedian), '≤ 120 kB', mark(q.coldBytesMedian <= 120_000)],
  ];
  if (r) {
    const n = `${r.factor}x`;
    const ratio = r.build[n].msPerPage / r.build['1x'].msPerPage;
    rows.push(
      [
        `build time per page, ${r.factor}× vs 1×`,
        `${r.build[n].msPerPage} ms vs ${r.build['1x'].msPerPage} ms (${ratio.toFixed(2)}×)`,
        '≤ 1.5×',
        mark(ratio <= r.targets.msPerPageRatioMax),
      ],
      [
        `search at ${r.factor}×, bytes for a cold first query, max`,
        kB(r.search[n].summary.coldBytesMax),
        '≤ 200 kB',
        mark(r.search[n].summary.coldBytesMax <= r.targets.coldBytesMax),
      ],
    );
  }
  return ['## Targets at a glance', '', table(['measure', 'value', 'target', ''], rows, 'lrll'), ''].join('\n');
}

function buildMarkdown(b) {
  const pf = b.pagefind;
  return [
    '## Build (real notes)',
    '',
    'One cold build: `astro build` including content sync, rendering, bundling and the Pagefind index (written by the integration after the build).',
    '',
    table(
      ['measure', 'value'],
      [
        ['build wall time', s(b.wallMs)],
        ['… of which rendering and bundling (Astro’s own figure)', b.astroReportedMs === null ? 'n/a' : s(b.astroReportedMs)],
        ['… of which Pagefind indexing', b.pagefindIndexMs === null ? 'n/a' : `${b.pagefindIndexMs} ms`],
        ['HTML pages', b.pages],
        ['build time per page', `${b.msPerPage} ms`],
        ['build CPU time (user + system, all processes)', b.cpuMs === null ? 'n/a' : `${s(b.cpuMs)} (${b.cpuMsPerPage} ms per page)`],
        ['peak memory (largest process)', b.maxRssMB === null ? 'n/a' : `${b.maxRssMB} MB`],
        ['load average (1 min) when the build ended', b.loadAverageAfter],
        ['dist size (all files, uncompressed)', `${MB(b.distBytes)} in ${b.distFiles} files`],
        ['… HTML', MB(b.htmlBytes)],
        ['Pagefind index (dist/pagefind, all files)', `${kB(pf.bytes)} in ${pf.files} files`],
        ['… word index chunks (gzip)', `${kB(pf.indexChunksBytes)} in ${pf.indexChunks} chunks`],
        ['… page fragments (gzip)', `${kB(pf.fragmentsBytes)} in ${pf.fragments} files`],
        ['… filters', kB(pf.filterBytes)],
        ['… script, wasm, metadata and UI bundles', kB(pf.otherBytes)],
      ],
      'lr',
    ),
    '',
    'What a search actually fetches of the index is measured by the search benchmark below.',
    '',
  ].join('\n');
}

function scaleMarkdown(r) {
  const n = `${r.factor}x`;
  const [a, b] = [r.build['1x'], r.build[n]];
  const [sa, sb] = [r.search['1x'].summary, r.search[n].summary];
  const [wa, wb] = [r.weights['1x'], r.weights[n]];
  const c = r.corpus;
  const ratio = b.msPerPage / a.msPerPage;
  const ratioOf = (x, y) => `${(y / x).toFixed(2)}×`;
  const rowsA = new Map(r.search['1x'].rows.map((row) => [row.query, row]));
  return [
    `## Scale: 1× vs ${r.factor}×`,
    '',
    `The ${r.factor}× corpus is the real notes (${kB(c.realBytes)} in ${c.realFiles} files, ${c.realDistinctWords} distinct words) plus ${c.syntheticServices} synthetic service entries with ${MB(c.syntheticBytes)} of text (${r.factor - 1}× the notes; ${c.syntheticSheets} with a cheat-sheet table; ${c.syntheticDistinctWords} distinct words from a seeded Zipf vocabulary; headings, lists, tables, YAML code blocks; mentions of other synthetic and real services). Generated by bench/scale.mjs (seed ${c.seed}) in a temporary folder, built cold like 1×, then removed.`,
    '',
    table(
      ['measure', '1×', `${r.factor}×`, `${r.factor}× / 1×`, 'target'],
      [
        ['notes (content folder)', kB(c.realBytes), MB(c.totalBytes), ratioOf(c.realBytes, c.totalBytes), ''],
        ['HTML pages', a.pages, b.pages, ratioOf(a.pages, b.pages), ''],
        ['build wall time', s(a.wallMs), s(b.wallMs), ratioOf(a.wallMs, b.wallMs), ''],
        [
          'build time per page',
          `${a.msPerPage} ms`,
          `${b.msPerPage} ms`,
          `${ratio.toFixed(2)}×`,
          `${r.factor}× ≤ 1.5 × 1× ${mark(ratio <= r.targets.msPerPageRatioMax)}`,
        ],
        ['… each added page (marginal: Δ wall time / Δ pages)', '', `${r.marginalMsPerPage} ms`, '', ''],
        ...(a.cpuMs !== null && b.cpuMs !== null
          ? [
              [
                'build CPU time per page (less sensitive to other load)',
                `${a.cpuMsPerPage} ms`,
                `${b.cpuMsPerPage} ms`,
                ratioOf(a.cpuMsPerPage, b.cpuMsPerPage),
                `for reference: ≤ 1.5× ${mark(b.cpuMsPerPage / a.cpuMsPerPage <= r.targets.msPerPageRatioMax)}`,
              ],
              ['peak memory of the build', `${a.maxRssMB} MB`, `${b.maxRssMB} MB`, ratioOf(a.maxRssMB, b.maxRssMB), ''],
            ]
          : []),
        ['load average (1 min) when the build ended', a.loadAverageAfter, b.loadAverageAfter, '', 'above 2: other work competed (2 cores)'],
        ['… Pagefind indexing', `${a.pagefindIndexMs} ms`, `${b.pagefindIndexMs} ms`, ratioOf(a.pagefindIndexMs, b.pagefindIndexMs), ''],
        ['dist size', MB(a.distBytes), MB(b.distBytes), ratioOf(a.distBytes, b.distBytes), ''],
        ['HTML per page, mean (uncompressed)', kB(a.htmlBytes / a.pages), kB(b.htmlBytes / b.pages), ratioOf(a.htmlBytes / a.pages, b.htmlBytes / b.pages), ''],
        ['note-page HTML, median (gzip)', kB(wa.noteHtmlMedian, 2), kB(wb.noteHtmlMedian, 2), ratioOf(wa.noteHtmlMedian, wb.noteHtmlMedian), ''],
        [
          'HTML of any page, max (gzip)',
          `${kB(wa.htmlMax.bytes, 2)} ${wa.htmlMax.path}`,
          `${kB(wb.htmlMax.bytes, 2)} ${wb.htmlMax.path}`,
          ratioOf(wa.htmlMax.bytes, wb.htmlMax.bytes),
          '',
        ],
        [
          'note page first visit, max (gzip)',
          kB(wa.notePageFirstVisitMax.bytes, 2),
          kB(wb.notePageFirstVisitMax.bytes, 2),
          ratioOf(wa.notePageFirstVisitMax.bytes, wb.notePageFirstVisitMax.bytes),
          `≤ ${kB(BUDGETS.notePageFirstVisit, 0)}: 1× ${mark(wa.notePageFirstVisitMax.bytes <= BUDGETS.notePageFirstVisit)} ${r.factor}× ${mark(wb.notePageFirstVisitMax.bytes <= BUDGETS.notePageFirstVisit)}`,
        ],
        ['Pagefind index, all files', kB(a.pagefind.bytes), kB(b.pagefind.bytes), ratioOf(a.pagefind.bytes, b.pagefind.bytes), ''],
        [
          '… word index chunks',
          `${kB(a.pagefind.indexChunksBytes)} (${a.pagefind.indexChunks})`,
          `${kB(b.pagefind.indexChunksBytes)} (${b.pagefind.indexChunks})`,
          ratioOf(a.pagefind.indexChunksBytes, b.pagefind.indexChunksBytes),
          '',
        ],
        [
          'load average (1 min) during the search benchmark, before → after',
          `${r.search['1x'].loadAverage.before} → ${r.search['1x'].loadAverage.after}`,
          `${r.search[n].loadAverage.before} → ${r.search[n].loadAverage.after}`,
          '',
          '',
        ],
        [
          'cold first search, median (p95)',
          `${sa.coldMedianMs} ms (${sa.coldP95Ms} ms)`,
          `${sb.coldMedianMs} ms (${sb.coldP95Ms} ms)`,
          ratioOf(sa.coldMedianMs, sb.coldMedianMs),
          '',
        ],
        ['warm search, median', `${sa.warmMedianMs} ms`, `${sb.warmMedianMs} ms`, ratioOf(sa.warmMedianMs, sb.warmMedianMs), ''],
        ['bytes for a cold first search, median', kB(sa.coldBytesMedian), kB(sb.coldBytesMedian), ratioOf(sa.coldBytesMedian, sb.coldBytesMedian), ''],
        [
          'bytes for a cold first search, max',
          kB(sa.coldBytesMax),
          kB(sb.coldBytesMax),
          ratioOf(sa.coldBytesMax, sb.coldBytesMax),
          `${r.factor}× ≤ 200 kB for every query ${mark(sb.coldBytesMax <= r.targets.coldBytesMax)}`,
        ],
      ],
      'lrrrl',
    ),
    '',
    `Per query (same ${sb.queries} queries, from /domains/domain-1/):`,
    '',
    table(
      ['query', 'cold ms 1×', `cold ms ${r.factor}×`, 'cold kB 1×', `cold kB ${r.factor}×`, 'results 1×', `results ${r.factor}×`],
      r.search[n].rows.map((row) => {
        const one = rowsA.get(row.query);
        return [
          row.query,
          one?.coldMs ?? '',
          row.coldMs,
          one ? (one.coldBytes / 1000).toFixed(1) : '',
          (row.coldBytes / 1000).toFixed(1),
          one?.results ?? '',
          row.results,
        ];
      }),
      'lrrrrrr',
    ),
    '',
  ].join('\n');
}
