// Page weights: for every built HTML page, what a first visit downloads (gzip bytes, src/lib/page-weight.ts),
// held to the budgets the tests use (BUDGETS).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, gzipBytes, median, pageWeight } from '../src/lib/checks/page-weight.ts';
import { kB, listFiles, mark, table } from './lib.mjs';

/** The site path a built HTML file is served at (build.format "directory"). */
export function sitePathOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function kindOf(path) {
  if (path === '/') return 'home';
  if (/^\/domains\/[^/]+\/$/.test(path)) return 'domain';
  if (/^\/services\/[^/]+\/$/.test(path)) return 'service';
  if (path.startsWith('/cheat-sheet/')) return 'cheat-sheet';
  return 'other';
}

export function benchWeights(dist) {
  const files = listFiles(dist);
  const read = (sitePath) => {
    try {
      return readFileSync(join(dist, decodeURIComponent(sitePath)));
    } catch {
      return undefined;
    }
  };
  const pages = files
    .filter((f) => f.path.endsWith('.html'))
    .map((f) => {
      const path = sitePathOf(f.path);
      const w = pageWeight(readFileSync(f.full, 'utf8'), read);
      return { path, kind: kindOf(path), html: w.html, css: w.css, js: w.js, media: w.media, total: w.total, fetches: w.files.length };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  const notes = pages.filter((p) => p.kind === 'domain' || p.kind === 'service');
  const domains = pages.filter((p) => p.kind === 'domain');
  const cssFiles = files.filter((f) => f.path.startsWith('_astro/') && f.path.endsWith('.css'));
  const max = (list, key) => list.reduce((best, p) => (p[key] > (best?.[key] ?? -1) ? p : best), undefined);
  // Application pages (search, flashcards) have their own JS budget: their interface is the page.
  const isApp = (p) => BUDGETS.appPageJs[p.path] !== undefined;
  const jsMax = max(
    pages.filter((p) => !isApp(p)),
    'js',
  );
  const noteMax = max(notes, 'total');
  const htmlMax = max(pages, 'html');
  const summary = {
    pages: pages.length,
    notePages: notes.length,
    noteHtmlMedian: median(notes.map((p) => p.html)),
    servicePageHtmlMedian: median(notes.filter((p) => p.kind === 'service').map((p) => p.html)),
    domainPageHtmlMedian: median(domains.map((p) => p.html)),
    htmlMax: { path: htmlMax.path, bytes: htmlMax.html },
    heaviestNotes: [...notes]
      .sort((a, b) => b.total - a.total)
      .slice(0, 10)
      .map((p) => p.path),
    /** Every stylesheet under _astro/, each gzipped on its own as it is served. */
    totalCss: cssFiles.reduce((sum, f) => sum + gzipBytes(readFileSync(f.full)), 0),
    cssFiles: cssFiles.map((f) => f.path),
    jsOnLoadMax: { path: jsMax.path, bytes: jsMax.js },
    appPagesJs: pages.filter(isApp).map((p) => ({ path: p.path, bytes: p.js, budget: BUDGETS.appPageJs[p.path] })),
    notePageFirstVisitMax: { path: noteMax.path, bytes: noteMax.total },
  };
  return { budgets: BUDGETS, summary, pages };
}

export function weightsMarkdown({ budgets, summary, pages }) {
  const row = (measure, bytes, budget, where = '') => [
    measure,
    kB(bytes, 2),
    budget === undefined ? '' : `≤ ${kB(budget, budget % 1000 === 0 ? 0 : 1)} ${mark(bytes <= budget)}`,
    where,
  ];
  const lines = [
    '## Page weights',
    '',
    `Every built page (${summary.pages}), first visit, nothing cached, gzip level 9 as measured by src/lib/page-weight.ts; 1 kB = 1000 bytes. Note pages are the ${summary.notePages} domain and service pages. Per-page figures: weights.json.`,
    '',
    table(
      ['measure', 'value', 'budget', 'page'],
      [
        row('note-page HTML, median (domain and service pages)', summary.noteHtmlMedian),
        row('… service pages only, median', summary.servicePageHtmlMedian),
        row('… domain pages only, median', summary.domainPageHtmlMedian),
        row('HTML of any page, max', summary.htmlMax.bytes, undefined, summary.htmlMax.path),
        row(
          `site CSS, ${summary.cssFiles.length === 1 ? 'the one stylesheet' : `all ${summary.cssFiles.length} stylesheets`} under _astro/`,
          summary.totalCss,
          budgets.totalCss,
        ),
        row('JS run on load, max over pages', summary.jsOnLoadMax.bytes, budgets.jsOnLoad, summary.jsOnLoadMax.path),
        ...summary.appPagesJs.map((a) => row('… application page (its own budget)', a.bytes, a.budget, a.path)),
        row(
          'note page first visit (HTML + CSS + JS + icons), max',
          summary.notePageFirstVisitMax.bytes,
          budgets.notePageFirstVisit,
          summary.notePageFirstVisitMax.path,
        ),
      ],
      'lrll',
    ),
    '',
    'The ten heaviest note pages, first visit:',
    '',
  ];
  const byPath = new Map(pages.map((p) => [p.path, p]));
  lines.push(
    table(
      ['page', 'kind', 'HTML', 'CSS', 'JS', 'icons', 'first visit'],
      summary.heaviestNotes
        .map((path) => byPath.get(path))
        .map((p) => [p.path, p.kind, kB(p.html, 2), kB(p.css, 2), kB(p.js, 2), kB(p.media, 2), kB(p.total, 2)]),
      'llrrrrr',
    ),
    '',
  );
  return lines.join('\n');
}
