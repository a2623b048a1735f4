import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fileGroup, fileUrl, formatBytes, offlineManifest } from '../../src/lib/offline/site-files';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const file = (path: string, bytes = 100, hash = 'h') => ({ path, bytes, hash });

describe('what the service worker keeps', () => {
  it('caches the shell on the first visit and leaves pages, data and the search index for "Save for offline"', () => {
    expect(fileGroup('/_astro/page.Bx1.js')).toBe('shell');
    expect(fileGroup('/search-names.json')).toBe('shell');
    expect(fileGroup('/offline/index.html')).toBe('shell');
    expect(fileGroup('/pagefind/pagefind.js')).toBe('shell');
    expect(fileGroup('/pagefind/pagefind-entry.json')).toBe('shell');
    expect(fileGroup('/pagefind/wasm.en.pagefind')).toBe('shell');
    expect(fileGroup('/pagefind/pagefind.en_23ec17b033.pf_meta')).toBe('shell');
    expect(fileGroup('/services/codedeploy/index.html')).toBe('site');
    expect(fileGroup('/flashcards/cards.json')).toBe('site');
    expect(fileGroup('/practice/questions.json')).toBe('site');
    expect(fileGroup('/pagefind/fragment/en_1a2b.pf_fragment')).toBe('site');
    expect(fileGroup('/pagefind/pagefind-ui.js')).toBe('skip');
    expect(fileGroup('/sw.js')).toBe('skip');
    expect(fileGroup('/offline.json')).toBe('skip');
    expect(fileGroup('/sitemap.xml')).toBe('skip');
  });

  it('asks for pages by their directory, under the base path', () => {
    expect(fileUrl('/services/codedeploy/index.html', '/')).toBe('/services/codedeploy/');
    expect(fileUrl('/index.html', '/dop-c02/')).toBe('/dop-c02/');
    expect(fileUrl('/404.html', '/dop-c02/')).toBe('/dop-c02/404.html');
    expect(fileUrl('/_astro/a.css', '/dop-c02/')).toBe('/dop-c02/_astro/a.css');
  });

  it('names a build by its files: any change to a kept file changes the version, a skipped one does not', () => {
    const files = [file('/index.html', 500, 'a'), file('/_astro/x.js', 200, 'b'), file('/sitemap.xml', 50, 'c')];
    const m = offlineManifest(files, '/', sha);
    expect(m).toMatchObject({ shell: ['/_astro/x.js'], site: ['/'], pages: 1, bytes: { shell: 200, site: 500 } });
    expect(m.version).toMatch(/^[0-9a-f]{12}$/);
    expect(offlineManifest([files[0]!, { ...files[1]!, hash: 'B' }, files[2]!], '/', sha).version).not.toBe(m.version);
    expect(offlineManifest([files[0]!, files[1]!, { ...files[2]!, hash: 'C' }], '/', sha).version).toBe(m.version);
  });

  it('shows sizes in kB and MB', () => {
    expect(formatBytes(9_412_000)).toBe('9.4 MB');
    expect(formatBytes(640_400)).toBe('640 kB');
    expect(formatBytes(12)).toBe('1 kB');
  });
});
