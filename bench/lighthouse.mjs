// Lighthouse 12 (mobile preset, simulated throttling) on a few pages of a built site served with gzip by
// bench/serve.mjs. Records the four category scores (×100) and, for every score under 100, the audits that cost it.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { serveDist } from './serve.mjs';
import { table } from './lib.mjs';

export const LIGHTHOUSE_PAGES = ['/', '/domains/domain-1/', '/services/codedeploy/', '/cheat-sheet/'];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

const version = createRequire(import.meta.url)('lighthouse/package.json').version;

/** A short, readable form of an audit's detail items: selectors, snippets, URLs, sources. */
function detailItems(details) {
  const items = details?.items ?? [];
  return items.slice(0, 8).map((item) => {
    const node = item.node ?? item.relatedNode;
    const parts = {};
    if (node?.selector) parts.selector = node.selector;
    if (node?.snippet) parts.snippet = node.snippet.slice(0, 200);
    if (node?.explanation) parts.explanation = node.explanation.slice(0, 400);
    if (typeof item.url === 'string') parts.url = item.url;
    if (item.source?.url) parts.source = `${item.source.url}:${item.source.line ?? ''}`;
    if (typeof item.description === 'string') parts.description = item.description.slice(0, 300);
    if (item.wastedBytes !== undefined) parts.wastedBytes = Math.round(item.wastedBytes);
    if (item.wastedMs !== undefined) parts.wastedMs = Math.round(item.wastedMs);
    if (item.cacheLifetimeMs !== undefined) parts.cacheLifetimeMs = item.cacheLifetimeMs;
    if (item.totalBytes !== undefined) parts.totalBytes = item.totalBytes;
    if (typeof item.reason === 'string')
      parts.reason = item.protocolReason && item.protocolReason !== item.reason ? `${item.reason} (${item.protocolReason})` : item.reason;
    if (item.duration !== undefined) parts.durationMs = Math.round(item.duration);
    if (item.startTime !== undefined) parts.startTimeMs = Math.round(item.startTime);
    if (item.total !== undefined) parts.totalMs = Math.round(item.total);
    if (item.scripting !== undefined) parts.scriptingMs = Math.round(item.scripting);
    if (typeof item.groupLabel === 'string') parts.group = item.groupLabel;
    if (typeof item.score === 'number' && item.node) parts.shift = +item.score.toFixed(4);
    if (typeof item.phase === 'string') parts.phase = item.phase;
    if (item.timing !== undefined) parts.timingMs = Math.round(item.timing);
    if (item.statistic !== undefined) parts.statistic = `${item.statistic}: ${item.value?.value ?? item.value}`;
    if (item.type === 'table' || item.type === 'list') return { nested: detailItems(item) };
    if (Object.keys(parts).length === 0) parts.item = JSON.stringify(item).slice(0, 300);
    return parts;
  });
}

/** Diagnostics that explain a performance score under 100: what shifts, what blocks, what the LCP element is. */
const DIAGNOSTICS = [
  'layout-shifts',
  'largest-contentful-paint-element',
  'long-tasks',
  'render-blocking-resources',
  'mainthread-work-breakdown',
  'bootup-time',
  'critical-request-chains',
  'uses-long-cache-ttl',
];

function diagnostics(lhr) {
  const found = {};
  for (const id of DIAGNOSTICS) {
    const audit = lhr.audits[id];
    if (!audit || audit.scoreDisplayMode === 'notApplicable') continue;
    found[id] = {
      title: audit.title,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      score: audit.score,
      items: detailItems(audit.details),
    };
  }
  return found;
}

/** Audits of a category that scored under 1: weighted ones cost points; unweighted ones are hints (performance opportunities). */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  const found = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
    found.push({
      id: ref.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      ...(ref.group ? { group: ref.group } : {}),
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      ...(audit.explanation ? { explanation: audit.explanation } : {}),
      ...(audit.errorMessage ? { errorMessage: audit.errorMessage } : {}),
      items: detailItems(audit.details),
    });
  }
  return found.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

/** `runs` per page; the run with the median performance score is recorded (the other categories do not vary). */
/**
 * Lighthouse 12.2.3 cannot say what shifts with recent Chromium (its layout-shifts and LCP-element audits fail in the
 * RootCauses gatherer), so for a page with CLS the shifts are recorded here: same mobile screen and 4× CPU slowdown,
 * the browser's layout-shift entries with the elements that moved (y and height before → after, CSS pixels).
 */
async function layoutShifts(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts = [];
      Object.defineProperty(window, '__benchShifts', { value: shifts });
      const describe = (node) => {
        if (!node || node.nodeType !== 1) return node ? node.nodeName.toLowerCase() : 'unknown';
        const classes =
          typeof node.className === 'string' && node.className.trim()
            ? `.${node.className
                .trim()
                .split(/\s+/)
                .filter((c) => !c.startsWith('astro-'))
                .join('.')}`
            : '';
        return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          shifts.push({
            value: +entry.value.toFixed(4),
            startTimeMs: Math.round(entry.startTime),
            sources: (entry.sources ?? []).map((source) => ({
              node: describe(source.node),
              from: { y: +source.previousRect.y.toFixed(1), height: +source.previousRect.height.toFixed(1) },
              to: { y: +source.currentRect.y.toFixed(1), height: +source.currentRect.height.toFixed(1) },
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => window.__benchShifts);
    return { total: +shifts.reduce((sum, e) => sum + e.value, 0).toFixed(4), shifts };
  } finally {
    await context.close();
  }
}

export async function benchLighthouse({ dist, pages = LIGHTHOUSE_PAGES, runs = 3 }) {
  const server = await serveDist(resolve(dist));
  const base = `http://localhost:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const results = [];
  let shiftBrowser;
  try {
    for (const path of pages) {
      const started = performance.now();
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        lhrs.push(run.lhr);
      }
      const performanceRuns = lhrs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100));
      const lhr = [...lhrs].sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor((lhrs.length - 1) / 2)];
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]));
      const failing = Object.fromEntries(CATEGORIES.filter((c) => scores[c] !== 100).map((c) => [c, failingAudits(lhr, c)]));
      const metric = (id) => lhr.audits[id]?.numericValue;
      results.push({
        path,
        scores,
        performanceRuns,
        metricsMs: {
          firstContentfulPaint: Math.round(metric('first-contentful-paint')),
          largestContentfulPaint: Math.round(metric('largest-contentful-paint')),
          totalBlockingTime: Math.round(metric('total-blocking-time')),
          speedIndex: Math.round(metric('speed-index')),
        },
        cumulativeLayoutShift: +Number(metric('cumulative-layout-shift')).toFixed(3),
        cumulativeLayoutShiftRuns: lhrs.map((r) => +Number(r.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        failing,
        ...(scores.performance !== 100 ? { diagnostics: diagnostics(lhr) } : {}),
        erroredAudits: Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'error')
          .map((a) => ({ id: a.id, title: a.title, errorMessage: a.errorMessage })),
        ...(lhr.runtimeError ? { runtimeError: lhr.runtimeError } : {}),
        ...(lhr.runWarnings?.length ? { runWarnings: lhr.runWarnings } : {}),
        benchmarkIndex: lhr.environment?.benchmarkIndex,
        runMs: Math.round(performance.now() - started),
      });
      if (lhrs.some((r) => (r.audits['cumulative-layout-shift']?.numericValue ?? 0) > 0)) {
        shiftBrowser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
        results.at(-1).layoutShifts = await layoutShifts(shiftBrowser, `${base}${path}`);
      }
      console.log(`lighthouse ${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (performance runs ${performanceRuns.join(', ')})`);
    }
  } finally {
    await shiftBrowser?.close();
    await chrome.kill();
    server.close();
  }
  return {
    lighthouse: version,
    preset: 'mobile (default config), simulated throttling',
    runsPerPage: runs,
    chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    pages: results,
  };
}

/** Audits that fail only because bench/serve.mjs sends `cache-control: no-store` (so every search run is cold). */
export const BENCH_SERVER_AUDITS = new Set(['bf-cache', 'uses-long-cache-ttl']);

export function lighthouseMarkdown({ lighthouse: lhVersion, runsPerPage, pages }) {
  const score = (v) => (v === null ? 'n/a' : `${v}${v === 100 ? ' ✔' : ' ✘'}`);
  const lines = [
    '## Lighthouse',
    '',
    `Lighthouse ${lhVersion}, mobile preset (default config: Moto G Power screen, simulated slow 4G and 4× CPU slowdown), headless Chromium, pages served from localhost with gzip by bench/serve.mjs. Scores ×100; target 100. ${runsPerPage} runs per page: performance is the median run (all runs in brackets), the other columns and the metrics come from that run.`,
    '',
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      pages.map((p) => [
        p.path,
        `${score(p.scores.performance)}${p.performanceRuns.length > 1 ? ` (${p.performanceRuns.join(', ')})` : ''}`,
        ...CATEGORIES.slice(1).map((c) => score(p.scores[c])),
        `${(p.metricsMs.firstContentfulPaint / 1000).toFixed(1)} s`,
        `${(p.metricsMs.largestContentfulPaint / 1000).toFixed(1)} s`,
        `${p.metricsMs.totalBlockingTime} ms`,
        p.cumulativeLayoutShift,
      ]),
      'lrrrrrrrr',
    ),
    '',
  ];
  const failing = [];
  for (const p of pages) {
    for (const [category, audits] of Object.entries(p.failing)) {
      for (const a of audits) {
        const effect = a.weight > 0 ? 'costs points' : BENCH_SERVER_AUDITS.has(a.id) ? 'hint; bench server (no-store)' : 'hint';
        failing.push([p.path, category, effect, `\`${a.id}\``, a.title, a.displayValue ?? '', Math.round(a.score * 100)]);
      }
    }
  }
  if (failing.length) {
    lines.push(
      'Audits under 100 in a category that scored under 100 ("costs points": weighted in the score; "hint": an unweighted opportunity or diagnostic, no effect on the score; "bench server": caused by the `cache-control: no-store` of bench/serve.mjs, not by the site). Details (selectors, URLs, long tasks, layout shifts): lighthouse.json.',
      '',
      table(['page', 'category', 'effect', 'audit', 'title', 'value', 'audit score'], failing, 'llllllr'),
      '',
    );
  } else lines.push('Every category scores 100 on every page.', '');
  const shifted = pages.filter((p) => p.layoutShifts?.shifts.length);
  if (shifted.length) {
    const move = (src) => {
      if (src.to.height === 0 && src.to.y === 0) return `${src.node} hidden or removed`;
      if (src.from.height === 0 && src.from.y === 0) return `${src.node} appeared`;
      const dy = src.to.y - src.from.y;
      const dh = src.to.height - src.from.height;
      return `${src.node} ${dy ? `${dy > 0 ? '+' : ''}${dy.toFixed(1)} px down` : ''}${dy && dh ? ', ' : ''}${dh ? `height ${dh > 0 ? '+' : ''}${dh.toFixed(1)} px` : ''}${!dy && !dh ? 'resized' : ''}`;
    };
    lines.push(
      "Layout shifts, recorded in Chromium with the same mobile screen and CPU slowdown (Lighthouse's own layout-shifts audit fails with this Chromium), with the elements that moved (CSS px):",
      '',
      table(
        ['page', 'CLS in the Lighthouse runs', 'shift', 'at', 'elements moved'],
        shifted.flatMap((p) =>
          p.layoutShifts.shifts.map((sh, i) => [
            i === 0 ? p.path : '',
            i === 0 ? p.cumulativeLayoutShiftRuns.join(', ') : '',
            sh.value,
            `${sh.startTimeMs} ms`,
            sh.sources.map(move).join('; '),
          ]),
        ),
        'lrrrl',
      ),
      '',
    );
  }
  // Group the audits Lighthouse could not run by their root error (the text after the last "error:"/"exception:").
  const errored = new Map();
  for (const a of pages.flatMap((p) => p.erroredAudits ?? [])) {
    const cause = (a.errorMessage ?? 'unknown error').split(/(?:error|exception): /).at(-1);
    errored.set(cause, new Set([...(errored.get(cause) ?? []), a.id]));
  }
  for (const [cause, ids] of errored) {
    lines.push(`Audits Lighthouse could not run (no effect on the scores; "${cause}"): ${[...ids].map((id) => `\`${id}\``).join(', ')}.`, '');
  }
  return lines.join('\n');
}
