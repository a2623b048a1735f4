// Search benchmark: serves dist/ with gzip, opens it in headless Chromium and measures, for each query,
// milliseconds to first results and bytes fetched, cold (first query of a page load) and warm.
// Writes bench/results/search.json and bench/results/search.md.
import { chromium } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from './serve.mjs';
import { SEARCH_RANKING } from '../src/lib/search/search-results.ts';

export const QUERIES = [
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
  'guardrails',
  'Config',
  'Backup',
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** `dist`: the built site, absolute or relative to the working directory. */
export async function benchSearch({ dist = 'dist', page: pagePath = '/domains/domain-1/', queries = QUERIES } = {}) {
  const root = resolve(dist);
  if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) throw new Error(`${dist}/pagefind is missing: run npm run build first`);
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
      // What a student sees: the box starts loading Pagefind on focus; the first keystroke comes ~300 ms later.
      const focusContext = await browser.newContext({ serviceWorkers: 'block' });
      const afterFocus = await focusContext.newPage();
      await afterFocus.goto(base + pagePath, { waitUntil: 'networkidle' });
      await afterFocus.focus('#site-search');
      await afterFocus.waitForTimeout(300);
      const typedAt = await afterFocus.evaluate(() => performance.now());
      await afterFocus.fill('#site-search', query);
      await afterFocus.waitForSelector('#site-search-results [role="option"]');
      const shownAt = await afterFocus.evaluate(() => performance.now());
      timings.afterFocus = shownAt - typedAt;
      await focusContext.close();
      // The student's view, cold: focus the box and type the query at once. From the last keystroke: the first result
      // (a name from the name index, or Pagefind's first hit), the full list (Pagefind's results merged, the status
      // saying so), and the bytes fetched from focus until the first result.
      const typingContext = await browser.newContext({ serviceWorkers: 'block' });
      const typing = await typingContext.newPage();
      await typing.goto(base + pagePath, { waitUntil: 'networkidle' });
      const fetched = [];
      typing.on('requestfinished', async (request) => {
        const at = Date.now();
        const sizes = await request.sizes();
        fetched.push({ at, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      });
      await typing.focus('#site-search');
      const keyAt = await typing.evaluate(() => performance.now());
      await typing.fill('#site-search', query);
      await typing.waitForSelector('#site-search-results [role="option"]');
      const firstAt = await typing.evaluate(() => performance.now());
      const firstNode = Date.now();
      await typing.waitForFunction(() =>
        /Use the arrow keys|No results/.test(document.querySelector('#site-search')?.closest('form')?.querySelector('[role="status"]')?.textContent ?? ''),
      );
      const fullAt = await typing.evaluate(() => performance.now());
      await typing.waitForTimeout(50);
      timings.firstResult = firstAt - keyAt;
      timings.fullList = fullAt - keyAt;
      timings.bytesBeforeFirst = fetched.filter((f) => f.at <= firstNode).reduce((n, f) => n + f.bytes, 0);
      await typingContext.close();
      await page.waitForLoadState('networkidle');
      rows.push({
        query,
        coldMs: +timings.cold.toFixed(1),
        afterFocusMs: +timings.afterFocus.toFixed(1),
        firstResultMs: +timings.firstResult.toFixed(1),
        fullListMs: +timings.fullList.toFixed(1),
        bytesBeforeFirst: timings.bytesBeforeFirst,
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
    firstResultMedianMs: +median(rows.map((r) => r.firstResultMs)).toFixed(1),
    firstResultMaxNameMs: +Math.max(...rows.filter((r) => NAME_QUERIES.includes(r.query)).map((r) => r.firstResultMs)).toFixed(1),
    fullListMedianMs: +median(rows.map((r) => r.fullListMs)).toFixed(1),
    bytesBeforeFirstMedian: median(rows.map((r) => r.bytesBeforeFirst)),
    bytesBeforeFirstMax: Math.max(...rows.map((r) => r.bytesBeforeFirst)),
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
    `| first results after typing, box focused 300 ms earlier, median | ${summary.afterFocusMedianMs} ms | |`,
    `| cold, from the last keystroke (box focused and typed at once): first result, median; slowest name or acronym | ${summary.firstResultMedianMs} ms; ${summary.firstResultMaxNameMs} ms | ≤ 100 ms for a name ${ok(summary.firstResultMaxNameMs <= 100)} |`,
    `| cold, from the last keystroke: full list, median | ${summary.fullListMedianMs} ms | ≤ 300 ms ${ok(summary.fullListMedianMs <= 300)} |`,
    `| cold, bytes from focus to the first result, median (max) | ${kb(summary.bytesBeforeFirstMedian)} kB (${kb(summary.bytesBeforeFirstMax)} kB) | ≤ 10 kB ${ok(summary.bytesBeforeFirstMedian <= 10_000)} |`,
    `| bytes for a cold first query, median (max) | ${kb(summary.coldBytesMedian)} kB (${kb(summary.coldBytesMax)} kB) | ≤ 120 kB ${ok(summary.coldBytesMedian <= 120_000)} |`,
    '',
    '| query | cold ms | after focus ms | first result ms | full list ms | kB to first result | warm ms | cold kB | results |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.query.replaceAll('|', '\\|')} | ${r.coldMs} | ${r.afterFocusMs} | ${r.firstResultMs} | ${r.fullListMs} | ${kb(r.bytesBeforeFirst)} | ${r.warmMs} | ${kb(r.coldBytes)} | ${r.results} |`,
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
