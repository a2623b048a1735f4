/**
 * Corrections beside what they correct: every line of the original notes that names an erratum's subject
 * ("OpsWorks") must stand, on every note page that shows it, in a section that shows that correction.
 */
import { namesSubject } from '../content/errata';
import { normalizeForComparison, visibleText, type SourceLine } from './coverage';

export interface PageSection {
  path: string;
  /** The heading the section starts with ("" before the first heading). */
  heading: string;
  /** The section's visible text, normalised for comparison. */
  text: string;
  /** Ids of the corrections the section shows, as a callout or as a link beside a quoted line. */
  corrections: Set<string>;
}

const CORRECTION = /aria-label="Correction ([A-Z]\d+[a-z]?)"|data-correction="([A-Z]\d+[a-z]?)"/g;

/** A page's main content, cut at each heading. */
export function pageSections(path: string, html: string): PageSection[] {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main.split(/(?=<h[1-6]\b)/).map((part) => ({
    path,
    heading: visibleText(/<h[1-6]\b[\s\S]*?<\/h[1-6]>/.exec(part)?.[0] ?? '').trim(),
    text: normalizeForComparison(visibleText(part)),
    corrections: new Set([...part.matchAll(CORRECTION)].map((m) => m[1] ?? m[2] ?? '')),
  }));
}

export interface MissingCorrection {
  erratum: string;
  line: SourceLine;
  path: string;
  heading: string;
}

const MIN_STATEMENT_WORDS = 4;

/** Each place a line naming an erratum's subject appears without that correction in its section. */
export function missingCorrections(
  lines: readonly SourceLine[],
  sections: readonly PageSection[],
  errata: readonly { id: string; data: { subjects: string[] } }[],
): MissingCorrection[] {
  const missing: MissingCorrection[] = [];
  for (const line of lines) {
    const needle = normalizeForComparison(line.text);
    // A statement, not a bare name in a table cell or a list of services.
    if (needle.split(' ').length < MIN_STATEMENT_WORDS) continue;
    for (const e of errata) {
      if (!namesSubject(line.text, e.data.subjects)) continue;
      for (const s of sections) {
        if (s.text.includes(needle) && !s.corrections.has(e.id)) missing.push({ erratum: e.id, line, path: s.path, heading: s.heading });
      }
    }
  }
  return missing;
}
