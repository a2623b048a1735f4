// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { rehypeHeadingAnchors } from './src/lib/markdown/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { rehypeScrollableTables } from './src/lib/markdown/rehype-scrollable-tables.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { offline } from './src/integrations/offline.ts';
import { shikiPaletteCss, shikiStyleToClasses } from './src/lib/markdown/shiki-classes.ts';
import { THEME_INIT_SCRIPT, cspHash } from './src/lib/site/inline-scripts.ts';
import { rehypeAbbr } from './src/lib/markdown/rehype-abbr.ts';
import { manualChunk } from './src/lib/site/chunks.ts';
import { glossaryAbbrTerms } from './src/lib/content/glossary-file.ts';
import githubLight from '@shikijs/themes/github-light-default';
import githubDark from '@shikijs/themes/github-dark-default';

const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.NOTES_CONTENT_DIR ?? './content';
const shikiThemes = { light: githubLight, dark: githubDark };

/**
 * Dynamic imports without Vite's preload helper. Vite 8 wraps every dynamic `import()` of the browser build in a
 * helper that preloads the imported chunk's dependencies and their CSS; it weighs 1 kB gzip on every page. This site
 * preloads nothing that way (module preload is off for the client build, so the dependency lists are empty, and no
 * dynamic chunk has CSS), so the helper is replaced by one that just runs the import: the same behaviour, without
 * the weight.
 */
function plainDynamicImports() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'dop-c02:plain-dynamic-imports',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} name @param {{ build?: { modulePreload?: unknown } }} config */
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    /** @param {string} id */
    load(id) {
      if (id === helper) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}

/** `import 'virtual:shiki-palette.css'`: one rule per colour the code themes can give a token. */
function shikiPalette() {
  const id = 'virtual:shiki-palette.css';
  return {
    name: 'dop-c02:shiki-palette',
    /** @param {string} source */
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    /** @param {string} resolved */
    load: (resolved) => (resolved === `\0${id}` ? shikiPaletteCss(shikiThemes) : undefined),
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Fixture and benchmark builds use their own cache, so they never mix with the real notes' data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Stylesheets are files, cached across pages, never inlined: pages stay small and the CSP needs no style hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles by class (.astro-xxxx), shorter than data attributes in both the CSS and the HTML.
  scopedStyleStrategy: 'class',
  // Astro 7 strips whitespace by JSX rules by default ('jsx'); the HTML-aware compression of earlier versions keeps
  // the single space between inline elements that templates rely on ("<strong>Term</strong>: text").
  compressHTML: true,
  markdown: {
    // The unified (remark/rehype) pipeline, not Astro 7's default Sätteri: the notes' rehype plugins run on it.
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        rehypeHeadingIds,
        rehypeHeadingAnchors,
        rehypeScrollableTables,
        [rehypeBaseLinks, { base }],
        // The first use of each glossary abbreviation in a note gets <abbr title="…">.
        [rehypeAbbr, { terms: glossaryAbbrTerms(contentDir) }],
      ],
    }),
    shikiConfig: {
      // The "default" GitHub themes keep every token at 4.5:1 contrast or better on our code background.
      themes: shikiThemes,
      defaultColor: false,
      // Colours as classes, not style attributes, so the CSP can forbid inline styles.
      transformers: [shikiStyleToClasses()],
      wrap: false,
    },
  },
  // The offline step comes last: the service worker's list of files includes the search index.
  integrations: [mdx(), pagefindIndex(), offline()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [shikiPalette(), plainDynamicImports()],
    build: {
      // One stylesheet for the whole site (≈ 9 kB gzip): cached after the first page, and smaller than
      // twenty small files, each compressed on its own.
      cssCodeSplit: false,
    },
    environments: {
      client: {
        build: {
          rollupOptions: {
            output: {
              // The code every page shares (studied pages, Vite's import helper) in one file, not two.
              manualChunks: manualChunk,
            },
          },
        },
      },
    },
  },
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only from the site itself or with the
    // hash Astro computes for each inline one; WebAssembly for Pagefind, the site's own service worker and web app
    // manifest, and nothing from any other origin.
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_INIT_SCRIPT)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
