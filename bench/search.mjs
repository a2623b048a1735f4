// Search benchmark: serves dist/ with gzip, opens it in headless Chromium and measures, for each query,
// milliseconds to first results and bytes fetched, cold (first query of a page load) and warm.
// Writes bench/results/search.json and bench/results/search.md.
import { chromium } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from './serve.mjs';
import { SEARCH_RANKING } from '../src/lib/search/search-results.ts';
import { searchFirstResultFiles } from '../src/lib/checks/page-weight.ts';
import { readFileSync } from 'node:fs';

/** Queries that are a service name, short name or acronym: their first result comes from the name index. */
export const NAME_QUERIES = [
  'CodeDeploy',
  'code deploy',
  'codebuild',
  'CodePipeline',
  'SCP',
  'SSM',
  'CFN',
  'KMS',
  'xray',
  'Route53',
  'CloudWatch Events',
  'Kinesis Data Firehose',
  'Personal Health Dashboard',
  'Config',
  'Backup',
];

/** Concepts and terms: their results come from the full-text index. */
const CONCEPT_QUERIES = [
  'guardrails',
  'blue/green',
  'canary',
  'pilot light',
  'RPO',
  'appspec',
  'buildspec',
  'ValidateService',
  'Fn::GetAtt',
  'drift detection',
];

export const QUERIES = [...NAME_QUERIES, ...CONCEPT_QUERIES];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/**
 * One student's search on a fresh page: focus the box, wait `gap` ms, type the query. Times are taken in the page
 * (no round trips to the test driver in them): from the input event of the last keystroke to the frame that paints
 * the first result, and to the frame that paints the full list (Pagefind's results merged, the status saying so).
 * Bytes fetched between focus and the first result are split in two: what the first result needs (the search code
 * and the names, as `searchFirstResultFiles` lists them) and what is fetched meanwhile (the names' summaries, the
 * full-text code and Pagefind warming up for the full list).
 */
async function typed(browser, url, query, gap, needed) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const fetched = [];
    page.on('requestfinished', async (request) => {
      const at = Date.now();
      const sizes = await request.sizes();
      fetched.push({ at, needed: needed.has(new URL(request.url()).pathname), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.evaluate(() => {
      const form = document.querySelector('#site-search').closest('form');
      const times = (window.__searchTimes = {});
      const painted = (key) => requestAnimationFrame(() => (times[key] ??= performance.now()));
      document.addEventListener('input', () => (times.key = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (times.key === undefined) return;
        if (form.querySelector('#site-search-results [role="option"]')) painted('first');
        if (/Use the arrow keys|No results/.test(form.querySelector('[role="status"]')?.textContent ?? '')) painted('full');
      }).observe(form, { childList: true, subtree: true, characterData: true });
    });
    await page.focus('#site-search');
    if (gap > 0) await page.waitForTimeout(gap);
    await page.fill('#site-search', query);
    await page.waitForFunction(() => window.__searchTimes.first !== undefined);
    const firstNode = Date.now();
    await page.waitForFunction(() => window.__searchTimes.full !== undefined);
    const times = await page.evaluate(() => window.__searchTimes);
    await page.waitForTimeout(50);
    const before = fetched.filter((f) => f.at <= firstNode);
    const sum = (list) => list.reduce((n, f) => n + f.bytes, 0);
    return {
      first: times.first - times.key,
      full: times.full - times.key,
      bytesBeforeFirst: sum(before.filter((f) => f.needed)),
      meanwhileBeforeFirst: sum(before.filter((f) => !f.needed)),
    };
  } finally {
    await context.close();
  }
}

/** `dist`: the built site, absolute or relative to the working directory. */
export async function benchSearch({ dist = 'dist', page: pagePath = '/domains/domain-1/', queries = QUERIES } = {}) {
  const root = resolve(dist);
  if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) throw new Error(`${dist}/pagefind is missing: run npm run build first`);
  const readBuilt = (sitePath) => readFileSync(join(root, sitePath));
  const needed = new Set(searchFirstResultFiles(readBuilt(join(pagePath, 'index.html')).toString(), readBuilt));
  const server = await serveDist(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
  });
  const rows = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let bytes = 0;
      // Bytes on the wire (gzip where the server compressed), for Pagefind's script, wasm and index chunks.
      page.on('requestfinished', async (request) => {
        if (!request.url().includes('/pagefind/')) return;
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      await page.goto(base + pagePath, { waitUntil: 'networkidle' });
      const timings = await page.evaluate(
        async ({ q, ranking }) => {
          const search = async (pf, text) => {
            const t0 = performance.now();
            const found = await pf.search(text);
            await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
            return { ms: performance.now() - t0, count: found.results.length };
          };
          const t0 = performance.now();
          const pf = await import('/pagefind/pagefind.js');
          await pf.options({ ranking });
          const first = await search(pf, q);
          const cold = performance.now() - t0;
          const warm = [];
          for (let i = 0; i < 5; i++) warm.push((await search(pf, i % 2 ? q : `${q} `)).ms);
          return { cold, warm: warm.sort((a, b) => a - b)[2], count: first.count };
        },
        { q: query, ranking: SEARCH_RANKING },
      );
      // What a student sees: focus the box (the name index and Pagefind start loading), type the query `gap` ms later.
      const afterFocus = await typed(browser, base + pagePath, query, 300, needed);
      const atOnce = await typed(browser, base + pagePath, query, 0, needed);
      timings.afterFocus = afterFocus.first;
      timings.afterFocusFull = afterFocus.full;
      timings.afterFocusBytes = afterFocus.bytesBeforeFirst;
      timings.afterFocusMeanwhile = afterFocus.meanwhileBeforeFirst;
      timings.firstResult = atOnce.first;
      timings.fullList = atOnce.full;
      timings.bytesBeforeFirst = atOnce.bytesBeforeFirst;
      timings.meanwhileBeforeFirst = atOnce.meanwhileBeforeFirst;
      await page.waitForLoadState('networkidle');
      rows.push({
        query,
        coldMs: +timings.cold.toFixed(1),
        afterFocusMs: +timings.afterFocus.toFixed(1),
        afterFocusFullMs: +timings.afterFocusFull.toFixed(1),
        afterFocusBytes: timings.afterFocusBytes,
        afterFocusMeanwhileBytes: timings.afterFocusMeanwhile,
        firstResultMs: +timings.firstResult.toFixed(1),
        fullListMs: +timings.fullList.toFixed(1),
        bytesBeforeFirst: timings.bytesBeforeFirst,
        meanwhileBeforeFirst: timings.meanwhileBeforeFirst,
        warmMs: +timings.warm.toFixed(2),
        coldBytes: bytes,
        results: timings.count,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const summary = {
    queries: rows.length,
    coldMedianMs: +median(rows.map((r) => r.coldMs)).toFixed(1),
    coldP95Ms: +p95(rows.map((r) => r.coldMs)).toFixed(1),
    afterFocusMedianMs: +median(rows.map((r) => r.afterFocusMs)).toFixed(1),
    afterFocusMaxNameMs: +Math.max(...rows.filter((r) => NAME_QUERIES.includes(r.query)).map((r) => r.afterFocusMs)).toFixed(1),
    afterFocusFullMedianMs: +median(rows.map((r) => r.afterFocusFullMs)).toFixed(1),
    afterFocusBytesMedian: median(rows.map((r) => r.afterFocusBytes)),
    afterFocusMeanwhileMedian: median(rows.map((r) => r.afterFocusMeanwhileBytes)),
    firstResultMedianMs: +median(rows.map((r) => r.firstResultMs)).toFixed(1),
    firstResultMaxNameMs: +Math.max(...rows.filter((r) => NAME_QUERIES.includes(r.query)).map((r) => r.firstResultMs)).toFixed(1),
    fullListMedianMs: +median(rows.map((r) => r.fullListMs)).toFixed(1),
    bytesBeforeFirstMedian: median(rows.map((r) => r.bytesBeforeFirst)),
    bytesBeforeFirstMax: Math.max(...rows.map((r) => r.bytesBeforeFirst)),
    meanwhileBeforeFirstMedian: median(rows.map((r) => r.meanwhileBeforeFirst)),
    warmMedianMs: +median(rows.map((r) => r.warmMs)).toFixed(2),
    coldBytesMedian: median(rows.map((r) => r.coldBytes)),
    coldBytesMax: Math.max(...rows.map((r) => r.coldBytes)),
  };
  return { summary, rows };
}

export function searchMarkdown({ summary, rows }, title = 'Search') {
  // 1 kB = 1000 bytes, as in the page weights (src/lib/page-weight.ts).
  const kb = (b) => (b / 1000).toFixed(1);
  const ok = (pass) => (pass ? '✔' : '✘');
  return [
    `## ${title}`,
    '',
    `${summary.queries} queries from /domains/domain-1/, localhost, gzip, no throttling. Cold = first query after a page load (includes loading Pagefind); warm = median of 5 repeats. Bytes: Pagefind files fetched (script, wasm, index chunks, fragments) as sent on the wire; 1 kB = 1000 bytes.`,
    '',
    '| measure | value | target |',
    '| --- | --- | --- |',
    `| warm query, median | ${summary.warmMedianMs} ms | ≤ 30 ms ${ok(summary.warmMedianMs <= 30)} |`,
    `| cold first query, median (p95) | ${summary.coldMedianMs} ms (${summary.coldP95Ms} ms) | ≤ 250 ms ${ok(summary.coldMedianMs <= 250)} |`,
    `| typed 300 ms after focus, from the last keystroke: first result, median; slowest name or acronym | ${summary.afterFocusMedianMs} ms; ${summary.afterFocusMaxNameMs} ms | ≤ 100 ms for a name ${ok(summary.afterFocusMaxNameMs <= 100)} |`,
    `| typed 300 ms after focus: full list, median | ${summary.afterFocusFullMedianMs} ms | ≤ 300 ms ${ok(summary.afterFocusFullMedianMs <= 300)} |`,
    `| typed 300 ms after focus: bytes the first result needs (search code and name index), median | ${kb(summary.afterFocusBytesMedian)} kB | ≤ 10 kB ${ok(summary.afterFocusBytesMedian <= 10_000)} |`,
    `| … and what was fetched meanwhile, not needed by the first result (the names' summaries; the full-text code and Pagefind warming up for the full list), median | ${kb(summary.afterFocusMeanwhileMedian)} kB |  |`,
    `| cold, from the last keystroke (box focused and typed at once): first result, median; slowest name or acronym | ${summary.firstResultMedianMs} ms; ${summary.firstResultMaxNameMs} ms | ≤ 100 ms for a name ${ok(summary.firstResultMaxNameMs <= 100)} |`,
    `| cold, from the last keystroke: full list, median | ${summary.fullListMedianMs} ms | ≤ 300 ms ${ok(summary.fullListMedianMs <= 300)} |`,
    `| cold, bytes the first result needs (search code and name index), median (max) | ${kb(summary.bytesBeforeFirstMedian)} kB (${kb(summary.bytesBeforeFirstMax)} kB) | ≤ 10 kB ${ok(summary.bytesBeforeFirstMedian <= 10_000)} |`,
    `| … and what was fetched meanwhile (summaries, full-text code, Pagefind), median | ${kb(summary.meanwhileBeforeFirstMedian)} kB |  |`,
    `| bytes for a cold first query, median (max) | ${kb(summary.coldBytesMedian)} kB (${kb(summary.coldBytesMax)} kB) | ≤ 120 kB ${ok(summary.coldBytesMedian <= 120_000)} |`,
    '',
    '| query | cold ms | 300 ms after focus: first / full ms | at once: first / full ms | kB to first result (at once) | warm ms | cold kB | results |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.query.replaceAll('|', '\\|')} | ${r.coldMs} | ${r.afterFocusMs} / ${r.afterFocusFullMs} | ${r.firstResultMs} / ${r.fullListMs} | ${kb(r.bytesBeforeFirst)} | ${r.warmMs} | ${kb(r.coldBytes)} | ${r.results} |`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('search.mjs')) {
  const result = await benchSearch();
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/search.json', JSON.stringify(result, null, 2));
  await writeFile('bench/results/search.md', searchMarkdown(result));
  console.log(searchMarkdown(result));
}
