/**
 * Page weights of the built site: what a first visit to a page downloads (gzip bytes), and the budgets they
 * are held to. Used by the budget tests and by `npm run bench`, so both measure the same thing.
 */
import { gzipSync } from 'node:zlib';

/** 1 kB = 1000 bytes, gzip-compressed, as a static host serves them. */
export const KB = 1000;

export const BUDGETS = {
  /** Every stylesheet of the site together. */
  totalCss: 10 * KB,
  /** JavaScript a page runs on load: inline scripts and the module scripts it loads, with their imports. */
  jsOnLoad: 3 * KB,
  /**
   * Pages that are an application (search, flashcards, practice, mock exam): their interface is what the page is
   * for, so it loads at once rather than on demand, within these figures. Search builds each excerpt from the page's
   * own words (never its hidden alias text), which costs about 0.7 kB of the 6. Flashcards read and check the whole
   * progress file, practice history included; the practice round and the mock exam carry the progress store, the
   * history, the weighted draw and scoring.
   */
  appPageJs: { '/search/': 6 * KB, '/flashcards/': 7.5 * KB, '/practice/': 9 * KB, '/practice/exam/': 10.5 * KB } as Record<string, number>,
  /**
   * A first visit to any note page (a domain or a service, the longest study sheet included): HTML, CSS, JS and
   * icons, nothing cached. It replaced budgets on the HTML alone (a 7 kB median, 16 kB at most), which full study
   * sheets outgrow while the page a student waits for stays small.
   */
  notePageFirstVisit: 30 * KB,
  /**
   * What the header search box fetches before it can show its first result: the search code it imports on first
   * focus (beyond what the page has already loaded) and the name index (`/search-names.json`). Pagefind, which the
   * full-text results need, loads alongside and is not counted.
   */
  searchFirstResult: 10 * KB,
} as const;

export interface PageAssets {
  /** Site paths of stylesheets the page links. */
  stylesheets: string[];
  /** Site paths of scripts the page loads (src of script elements). */
  scripts: string[];
  /** Text of inline script elements (not JSON data). */
  inlineScripts: string[];
  /** Text of inline style elements. */
  inlineStyles: string[];
  /** Site paths of icons, images and fonts the page asks for on load. */
  media: string[];
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&');

/** What a page's HTML asks the browser to fetch or run on load. Scripts loaded later by `import()` are not listed. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [], media: [] };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    const src = attr(tag, 'src');
    const type = attr(tag, 'type');
    if (src) assets.scripts.push(src);
    else if (!type || type === 'module' || type === 'text/javascript') assets.inlineScripts.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) assets.inlineStyles.push(m[1] ?? '');
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    else if (rel.includes('icon') || (rel.includes('preload') && /^(font|image)$/.test(attr(m[0], 'as') ?? ''))) assets.media.push(href);
  }
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src && attr(m[0], 'loading') !== 'lazy') assets.media.push(src);
  }
  return assets;
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), not dynamic `import()`. */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) found.add(m[1] ?? '');
  for (const m of js.matchAll(/(?:^|[;\s}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)) found.add(m[1] ?? '');
  return [...found];
}

/** Dynamic imports of an ES module with a literal path (`import("./x.js")`). */
export function dynamicImports(js: string): string[] {
  return [...new Set([...js.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1] ?? ''))];
}

/**
 * The modules these entry scripts load (site paths), with their static imports, each once, leaving out those in
 * `loaded` (already on the page). `read` returns a built file by site path.
 */
export function moduleClosure(entries: readonly string[], read: (sitePath: string) => Uint8Array, loaded: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>(loaded);
  const files: string[] = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const src = queue.shift() as string;
    if (seen.has(src)) continue;
    seen.add(src);
    files.push(src);
    for (const spec of staticImports(new TextDecoder().decode(read(src)))) queue.push(resolveSitePath(spec, src));
  }
  return files;
}

/**
 * The files the header search box needs before it can show its first result, as site paths: the search code a
 * page imports when the box first gets focus (beyond what the page has already loaded) and the name index. The
 * budget test and the bench both count these.
 */
export function searchFirstResultFiles(pageHtml: string, read: (sitePath: string) => Uint8Array): string[] {
  const onLoad = moduleClosure(pageAssets(pageHtml).scripts, read);
  const entries = onLoad.flatMap((src) =>
    dynamicImports(new TextDecoder().decode(read(src)))
      .filter((spec) => spec.includes('search-combobox'))
      .map((spec) => resolveSitePath(spec, src)),
  );
  if (entries.length !== 1) throw new Error(`expected the page to import the search box code once on demand, found ${entries.length} imports`);
  return [...moduleClosure(entries, read, new Set(onLoad)), '/search-names.json'];
}

/** Resolves a module specifier against the site path of the module that imports it. */
export function resolveSitePath(specifier: string, from: string): string {
  return new URL(specifier, `http://site${from}`).pathname;
}

export const gzipBytes = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  media: number;
  total: number;
  /** Site paths fetched, in addition to the page itself. */
  files: string[];
}

/**
 * The gzip weight of a first visit to a page. `read` returns a built file by site path (undefined when missing,
 * which is an error: the page would ask for something that is not there).
 */
export function pageWeight(html: string, read: (sitePath: string) => Uint8Array | undefined): PageWeight {
  const assets = pageAssets(html);
  const load = (path: string): Uint8Array => {
    const body = read(path.split(/[?#]/)[0] ?? path);
    if (!body) throw new Error(`the page asks for ${path}, which is not in the build`);
    return body;
  };
  const files: string[] = [];
  let css = 0;
  for (const href of new Set(assets.stylesheets)) {
    css += gzipBytes(load(href));
    files.push(href);
  }
  let js = assets.inlineScripts.reduce((sum, s) => sum + gzipBytes(s), 0);
  for (const src of moduleClosure(assets.scripts, load)) {
    js += gzipBytes(load(src));
    files.push(src);
  }
  let media = 0;
  for (const src of new Set(assets.media)) {
    media += gzipBytes(load(src));
    files.push(src);
  }
  const htmlBytes = gzipBytes(html);
  return { html: htmlBytes, css, js, media, total: htmlBytes + css + js + media, files };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
