/**
 * The exam-guide map: each task statement's skills point at the sections that teach them
 * ("services/cloudwatch#logs-insights"). From it come the build errors for a section that does not exist, the
 * /exam-guide/ checklist, and the "thin" warnings: a skill whose sections hold too few words to teach it.
 */
import type { DomainEntry } from './entries';
import { noteSources, type NoteInputs, type NoteSource } from './note-sources';
import { parseBody, type Heading } from '../markdown/mdx-blocks';
import { DOMAIN_SECTIONS } from '../site/domain-page';
import { serviceSortKey } from '../site/navigation';

/** Below this many words of teaching text, a skill is shown as thin. */
export const THIN_WORDS = 80;
/** The current DOP-C02 exam guide on AWS's documentation site, which the checklist follows. */
export const EXAM_GUIDE_URL = 'https://docs.aws.amazon.com/aws-certification/latest/examguides/devops-engineer-professional-02.html';


export interface NoteSection {
  /** The reference a skill uses: "services/cloudwatch#logs-insights". */
  ref: string;
  /** Site path with the anchor: "/services/cloudwatch/#logs-insights". */
  href: string;
  pageTitle: string;
  heading: string;
  /** Words of teaching text under the heading, its subsections included; code and component tags are not counted. */
  words: number;
}

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words under each heading of a body, each subsection counted in its parents too. */
export function sectionWords(body: string): Map<string, { heading: Heading; words: number }> {
  const { headings, lines } = parseBody(body);
  const ancestors = new Map<Heading, Heading[]>();
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    ancestors.set(h, [...stack]);
    stack.push(h);
  }
  const words = new Map<string, { heading: Heading; words: number }>(headings.map((h) => [h.id, { heading: h, words: 0 }]));
  for (const line of lines) {
    if (!line.heading) continue;
    const n = countWords(line.cells.join(' ').replace(/\*\*|`|\[|\]\([^)]*\)/g, ' '));
    for (const h of [line.heading, ...(ancestors.get(line.heading) ?? [])]) {
      const entry = words.get(h.id);
      if (entry) entry.words += n;
    }
  }
  return words;
}

const folderOf = (note: NoteSource): string => `${note.kind}s`;

/** Every section of every note a skill may point to, by reference. */
export function noteSections(inputs: NoteInputs): Map<string, NoteSection> {
  const sections = new Map<string, NoteSection>();
  for (const note of noteSources(inputs)) {
    const add = (id: string, heading: string, words: number) => {
      const ref = `${folderOf(note)}/${note.id}#${id}`;
      sections.set(ref, { ref, href: `${note.href}#${id}`, pageTitle: note.title, heading, words });
    };
    // A domain's key concepts are one-line summaries: a skill may point at them, but they mention rather than teach,
    // so they count no words and a skill taught only there shows as thin.
    if (note.kind === 'domain') add(DOMAIN_SECTIONS.keyConcepts.id, DOMAIN_SECTIONS.keyConcepts.text, 0);
    for (const [id, { heading, words }] of sectionWords(note.body)) add(id, heading.text, words);
  }
  return sections;
}

export interface SkillCoverage {
  text: string;
  sections: NoteSection[];
  /** Words of teaching text in its sections together (a section listed twice counts once). */
  words: number;
  thin: boolean;
}

export interface TaskCoverage {
  id: string;
  title: string;
  skills: SkillCoverage[];
}

export interface DomainCoverage {
  domain: DomainEntry;
  tasks: TaskCoverage[];
}

/** The checklist of /exam-guide/: every domain's task statements and skills with the sections that teach them. */
export function examGuideCoverage(domains: readonly DomainEntry[], sections: ReadonlyMap<string, NoteSection>): DomainCoverage[] {
  return domains.map((domain) => ({
    domain,
    tasks: domain.data.taskStatements.map((t) => ({
      id: t.id,
      title: t.title,
      skills: t.skills.map((skill) => {
        const found = [...new Set(skill.sections)].map((ref) => sections.get(ref)).filter((s) => s !== undefined);
        const words = found.reduce((sum, s) => sum + s.words, 0);
        return { text: skill.text, sections: found, words, thin: words < THIN_WORDS };
      }),
    })),
  }));
}

export interface InScopeGroup<S> {
  category: string;
  entries: { id: string; name: string; service: S }[];
}

/** The exam guide's in-scope list by its categories (in the guide's order), A–Z within each, each with its page. */
export function inScopeGroups<S extends { id: string }>(
  entries: readonly { id: string; data: { name: string; category: string; service: { id: string } } }[],
  services: readonly S[],
  categories: readonly string[],
): InScopeGroup<S>[] {
  const byId = new Map(services.map((s) => [s.id, s]));
  return categories
    .map((category) => ({
      category,
      entries: entries
        .filter((e) => e.data.category === category)
        .map((e) => ({ id: e.id, name: e.data.name, service: byId.get(e.data.service.id)! }))
        .filter((e) => e.service !== undefined)
        .sort((a, b) => serviceSortKey(a.name).localeCompare(serviceSortKey(b.name), 'en')),
    }))
    .filter((g) => g.entries.length > 0);
}
