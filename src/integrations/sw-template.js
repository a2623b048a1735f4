/*
 * The service worker of DOP-C02 Study Notes, written into dist/sw.js by src/integrations/offline.ts with this
 * build's version, base path and shell list. Everything it keeps is named by the version, so a page, its scripts
 * and the search index always come from one build:
 *   shell  cached on install: styles, scripts, icons, the name index, the search engine, the offline page;
 *   pages  each page and file the student opens, kept as they are fetched;
 *   site   every page, the flashcard and question data and the search index, stored by "Save for offline".
 * A new build installs beside the old one (and saves the whole site again if the old one was saved), then waits
 * until the student chooses to reload; only then are the old caches deleted.
 */
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const SHELL = __SHELL__;
const PREFIX = 'dop-c02-';
const SHELL_CACHE = `${PREFIX}shell-${VERSION}`;
const PAGES_CACHE = `${PREFIX}pages-${VERSION}`;
const SITE_CACHE = `${PREFIX}site-${VERSION}`;
const MANIFEST_URL = `${BASE}offline.json`;
const OFFLINE_PAGE = `${BASE}offline/`;
/** Stored last in the site cache: its presence means the whole site is saved. */
const SAVED_MARKER = `${BASE}offline.json?saved`;

let firstInstall = false;

async function manifest() {
  const response = await fetch(MANIFEST_URL, { cache: 'no-store' });
  const data = await response.json();
  if (data.version !== VERSION) throw new Error('a newer version of the notes is deployed: reload to update first');
  return data;
}

async function isSaved(cacheName) {
  const cache = await caches.open(cacheName);
  return (await cache.match(SAVED_MARKER)) !== undefined;
}

/** Stores every file of the site, a few at a time, telling `report` how far it got. */
async function saveSite(report) {
  const data = await manifest();
  const cache = await caches.open(SITE_CACHE);
  const total = data.site.length;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const url = data.site[next++];
      if (!(await cache.match(url))) {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await cache.put(url, response);
      }
      done++;
      report({ done, total });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(SAVED_MARKER, new Response(JSON.stringify({ version: VERSION, savedAt: Date.now() })));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      firstInstall = !keys.some((k) => k.startsWith(`${PREFIX}shell-`) && k !== SHELL_CACHE);
      await (await caches.open(SHELL_CACHE)).addAll(SHELL);
      // An update of a saved site is saved whole before it can take over, so offline reading never breaks.
      const saved = await Promise.all(keys.filter((k) => k.startsWith(`${PREFIX}site-`) && k !== SITE_CACHE).map(isSaved));
      if (saved.includes(true)) await saveSite(() => {});
      if (firstInstall) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const mine = [SHELL_CACHE, PAGES_CACHE, SITE_CACHE];
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && !mine.includes(k)).map((k) => caches.delete(k)));
      if (firstInstall) {
        // The page that installed the worker was loaded before it: keep it too, then take control.
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const pages = await caches.open(PAGES_CACHE);
        await Promise.all(
          windows.map(async (client) => {
            const url = new URL(client.url);
            if (!url.pathname.startsWith(BASE)) return;
            const response = await fetch(url.origin + url.pathname).catch(() => undefined);
            if (response && response.ok) await pages.put(url.origin + url.pathname, response);
          }),
        );
        await self.clients.claim();
      }
    })(),
  );
});

/** Pages are kept without their query (/search/?q=… is the search page), and so is the search index (Pagefind adds ?ts=…). */
function withoutQuery(request) {
  return request.mode === 'navigate' || new URL(request.url).pathname.startsWith(`${BASE}pagefind/`);
}

async function fromCaches(request) {
  for (const name of [SHELL_CACHE, SITE_CACHE, PAGES_CACHE]) {
    const cache = await caches.open(name);
    const hit = await cache.match(request, { ignoreSearch: withoutQuery(request) });
    if (hit) return hit;
  }
  return undefined;
}

async function respond(request) {
  const cached = await fromCaches(request);
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      const url = new URL(request.url);
      const key = withoutQuery(request) ? url.origin + url.pathname : request;
      void caches.open(PAGES_CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      const offline = await caches.open(SHELL_CACHE).then((cache) => cache.match(OFFLINE_PAGE));
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === `${BASE}sw.js` || url.pathname === MANIFEST_URL) return;
  event.respondWith(respond(request));
});

self.addEventListener('message', (event) => {
  const source = event.source;
  const reply = (message) => source && source.postMessage({ version: VERSION, ...message });
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') {
    void self.skipWaiting();
  } else if (type === 'status') {
    event.waitUntil(
      (async () => {
        try {
          const data = await manifest();
          reply({ type: 'status', saved: await isSaved(SITE_CACHE), pages: data.pages, bytes: data.bytes.site });
        } catch (error) {
          reply({ type: 'status', saved: await isSaved(SITE_CACHE), error: String(error && error.message) });
        }
      })(),
    );
  } else if (type === 'save') {
    event.waitUntil(
      saveSite((progress) => reply({ type: 'progress', ...progress })).then(
        () => reply({ type: 'saved' }),
        (error) => reply({ type: 'failed', error: String(error && error.message) }),
      ),
    );
  } else if (type === 'remove') {
    event.waitUntil(Promise.all([caches.delete(SITE_CACHE), caches.delete(PAGES_CACHE)]).then(() => reply({ type: 'removed' })));
  }
});
