/**
 * The faithful-migration checks, over the built site: every substantive line
 * and link of the original notes is on a page, and none of their known
 * defects is.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCoverage, linkedUrls, substantiveLines, visibleText } from '../../src/lib/checks/coverage';
import { CHAT_ASSISTANT_LINES, repairNotes } from '../../src/lib/checks/source-repairs';
import { builtFiles, builtPages } from '../helpers/dist';

const ROOT = join(import.meta.dirname, '..', '..');
const original = readFileSync(join(ROOT, 'tests', 'fixtures', 'DOP-C02-study-notes.md'), 'utf8');
const notes = repairNotes(original);
const pages = builtPages();

test('every substantive line of the source notes appears in the built pages', () => {
  const lines = substantiveLines(notes);
  const report = checkCoverage(
    lines,
    pages.map((p) => visibleText(p.html)),
  );
  console.log(`coverage: ${report.present}/${report.total} source lines present (${report.percent}%) in ${pages.length} pages`);
  expect(report.missing.map((l) => `line ${l.line} (${l.kind}): ${l.text}`)).toEqual([]);
  expect(lines.length).toBeGreaterThan(900);
});

test('every link of the source notes is a link on the site', () => {
  const hrefs = new Set(pages.flatMap((p) => [...p.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))));
  const missing = linkedUrls(notes).filter((u) => !hrefs.has(u));
  expect(missing).toEqual([]);
});

test('no encoding damage and no chat-assistant sentence anywhere in the built site', () => {
  for (const file of builtFiles().filter((f) => /\.(html|js|css|json|xml|txt)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toContain('â€');
    for (const chat of CHAT_ASSISTANT_LINES) expect(visibleText(text), file).not.toContain(chat.replaceAll('**', '').slice(0, 28));
    expect(text, file).not.toMatch(/geenral|very through study|indepth|on the the exam/);
  }
});

test('six domain pages and a page for every service entry', () => {
  const paths = new Set(pages.map((p) => p.path));
  for (let n = 1; n <= 6; n++) expect(paths.has(`/domains/domain-${n}/`)).toBe(true);
  const services = readdirSync(join(ROOT, 'content', 'services')).filter((f) => f.endsWith('.mdx'));
  expect(services.length).toBeGreaterThanOrEqual(50);
  for (const f of services) expect(paths.has(`/services/${f.replace(/\.mdx$/, '')}/`), f).toBe(true);
});
