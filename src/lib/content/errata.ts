/** Where each correction is shown, computed from the notes (frontmatter errata fields and <Update> components). */
import type { NotesCollections } from './entries';
import { parseBody } from '../markdown/mdx-blocks';
import { escapeRegExp } from '../markdown/escape';
import { noteSources, sourceLink, type NoteSource, type SourceLink } from './note-sources';

/** The erratum ids a note shows: those its frontmatter attaches, then the <Update id="…"/> of its body. */
export function noteErrata(note: NoteSource): string[] {
  const frontmatter =
    note.kind === 'domain'
      ? [...note.entry.data.coreServices.flatMap((c) => c.errata), ...note.entry.data.keyConcepts.flatMap((k) => k.errata)]
      : note.kind === 'service'
        ? note.entry.data.errata
        : [];
  return [...frontmatter, ...parseBody(note.body).updateIds];
}

export function errataUsage(collections: Omit<NotesCollections, 'errata' | 'glossary'>): Map<string, SourceLink[]> {
  const usage = new Map<string, SourceLink[]>();
  for (const note of noteSources(collections)) {
    const source = sourceLink(note);
    for (const id of noteErrata(note)) {
      const list = usage.get(id) ?? [];
      if (!list.some((s) => s.href === source.href)) list.push(source);
      usage.set(id, list);
    }
  }
  return usage;
}

/** The day the corrections were last checked: the latest `checked` of any of them. */
export function latestCheck(errata: readonly { data: { checked: string } }[]): string {
  return errata.reduce((latest, e) => (e.data.checked > latest ? e.data.checked : latest), '');
}

/** Whether a line names one of the erratum's subjects (as a whole word, case as written). */
export function namesSubject(text: string, subjects: readonly string[]): boolean {
  return subjects.some((s) => new RegExp(`(?<![\\w-])${escapeRegExp(s)}`).test(text));
}

/** The errata whose subjects a line of text names, in file order. */
export function errataNamedIn(text: string, errata: readonly { id: string; data: { subjects: string[] } }[]): string[] {
  return errata.filter((e) => namesSubject(text, e.data.subjects)).map((e) => e.id);
}

/** Corrections in id order, A1, A2 … A10 … then B8a, as the file lists them (the collection loader's order is not guaranteed). */
export function sortErrata<T extends { id: string }>(errata: readonly T[]): T[] {
  return [...errata].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
