/**
 * What the service worker keeps, worked out from the built site's files: the shell (styles, scripts, icons, the name
 * index, the search engine, the offline page) cached on the first visit, and the rest (every page, the flashcard and
 * question data, the search index) that "Save for offline" stores. One version string names the build, so a new
 * deploy never mixes with an old one. Pure: the build step (src/integrations/offline.ts) reads and hashes the files.
 */

export type FileGroup = 'shell' | 'site' | 'skip';

/** Files the pages never ask for (Pagefind's own UI, crawler files) and the offline machinery itself. */
const SKIPPED = [
  /^\/sw\.js$/,
  /^\/offline\.json$/,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/pagefind\/pagefind-(component-|modular-)?ui\.(js|css)$/,
  /^\/pagefind\/pagefind-highlight\.js$/,
];

/** What every page needs to start, or that search needs before its first result. */
const SHELL = [
  /^\/_astro\//,
  /^\/favicon\.svg$/,
  /^\/icons\//,
  /^\/manifest\.webmanifest$/,
  /^\/search-(names|summaries)\.json$/,
  /^\/offline\/index\.html$/,
  /^\/pagefind\/pagefind\.js$/,
  /^\/pagefind\/pagefind-entry\.json$/,
  /^\/pagefind\/wasm\.[a-z-]+\.pagefind$/,
  /^\/pagefind\/pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta$/,
];

/** The group of a built file, by its path from the site root ("/services/codedeploy/index.html"). */
export function fileGroup(path: string): FileGroup {
  if (SKIPPED.some((re) => re.test(path))) return 'skip';
  if (SHELL.some((re) => re.test(path))) return 'shell';
  return 'site';
}

/** The address a browser asks for: a page's directory ("/services/codedeploy/"), any other file as it is. */
export function fileUrl(path: string, base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return `${trimmed}${url}`;
}

export interface BuiltFile {
  /** From the site root, with a leading slash. */
  path: string;
  bytes: number;
  /** A hash of the content. */
  hash: string;
}

export interface OfflineManifest {
  /** Names this build: a hash of every file's path and content. */
  version: string;
  /** Cached on the first visit. */
  shell: string[];
  /** Stored by "Save for offline". */
  site: string[];
  /** Pages among `site`, for the size shown before saving. */
  pages: number;
  /** Bytes of `shell` and of `site` (uncompressed, as the Cache API stores them). */
  bytes: { shell: number; site: number };
}

/**
 * The manifest of a build. `digest` hashes text (the build passes SHA-256); the version changes when any file the
 * worker caches changes, and only then.
 */
export function offlineManifest(files: readonly BuiltFile[], base: string, digest: (text: string) => string): OfflineManifest {
  const kept = [...files].filter((f) => fileGroup(f.path) !== 'skip').sort((a, b) => a.path.localeCompare(b.path));
  const shell = kept.filter((f) => fileGroup(f.path) === 'shell');
  const site = kept.filter((f) => fileGroup(f.path) === 'site');
  const sum = (list: readonly BuiltFile[]) => list.reduce((n, f) => n + f.bytes, 0);
  return {
    version: digest(kept.map((f) => `${f.path} ${f.hash}`).join('\n')).slice(0, 12),
    shell: shell.map((f) => fileUrl(f.path, base)),
    site: site.map((f) => fileUrl(f.path, base)),
    pages: site.filter((f) => f.path.endsWith('.html')).length,
    bytes: { shell: sum(shell), site: sum(site) },
  };
}

/** "9.4 MB", "640 kB": sizes as the save control shows them (1 kB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}
