// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeHeadingAnchors } from './src/lib/rehype-heading-anchors.ts';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { rehypeScrollableTables } from './src/lib/rehype-scrollable-tables.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Fixture and benchmark builds use their own cache, so they never mix with the real notes' data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  markdown: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeScrollableTables, [rehypeBaseLinks, { base }]],
    shikiConfig: {
      // The "default" GitHub themes keep every token at 4.5:1 contrast or better on our code background.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: false,
    },
  },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
