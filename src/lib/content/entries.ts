/**
 * The shapes `src/lib` works on: what Astro's collections give, reduced to the
 * fields the helpers read, so unit tests can build them by hand.
 */
import type { DomainData, ErratumData, GlossaryData, InScopeData, PageData, Ref, ServiceData } from './schemas';

export interface NoteEntry<D> {
  id: string;
  /** Path of the source file relative to the project, for error messages. */
  filePath?: string | undefined;
  /** Raw MDX body. */
  body?: string | undefined;
  data: D;
}

export type DomainEntry = NoteEntry<DomainData>;
export type ServiceEntry = NoteEntry<ServiceData>;
export type ErratumEntry = NoteEntry<ErratumData>;
export type GlossaryEntry = NoteEntry<GlossaryData>;
export type PageEntry = NoteEntry<PageData>;
export type InScopeEntry = NoteEntry<InScopeData>;

export interface NotesCollections {
  domains: DomainEntry[];
  services: ServiceEntry[];
  errata: ErratumEntry[];
  glossary: GlossaryEntry[];
  pages: PageEntry[];
  inScope: InScopeEntry[];
}

export type { Ref };

export function fileOf(entry: NoteEntry<unknown>, collection: string, ext = 'mdx'): string {
  return entry.filePath ?? `content/${collection}/${entry.id}.${ext}`;
}
