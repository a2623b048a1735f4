/**
 * Rules no single entry can check: references between collections, erratum
 * ids, the weight total. Each problem names the file, the field and the fix.
 */
import { fileOf, type NotesCollections } from './entries';
import { parseBody } from '../markdown/mdx-blocks';
import { noteSections } from './exam-guide';
import { serviceSearchTerms } from '../search/search-terms';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}: ${p.field}: ${p.message}`);
  return `The notes have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** The names a guide entry goes by: "Amazon EventBridge (Amazon CloudWatch Events)" → EventBridge, CloudWatch Events. */
export function guideNames(name: string): string[] {
  const parts = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  // A parenthesis names the service too ("(Amazon ECR)"), unless it only describes it ("(with MongoDB compatibility)").
  const names = parts ? [parts[1] ?? '', ...(/^[A-Z]/.test(parts[2] ?? '') ? [parts[2] ?? ''] : [])] : [name];
  return names.map((n) => n.replace(/^(AWS|Amazon)\s+/, '').trim()).filter((n) => n !== '');
}

function oneOf(ids: readonly string[]): string {
  const shown = ids.slice(0, 8).map((id) => `"${id}"`).join(', ');
  return ids.length > 8 ? `${shown}, …` : shown;
}

export function checkDomainWeights(collections: Pick<NotesCollections, 'domains'>): ContentProblem[] {
  const { domains } = collections;
  const problems: ContentProblem[] = [];
  const total = domains.reduce((sum, d) => sum + d.data.weight, 0);
  if (Math.abs(total - 100) > 1e-9) {
    const parts = domains.map((d) => `${fileOf(d, 'domains')} ${d.data.weight}`).join(', ');
    problems.push({
      file: 'content/domains/',
      field: 'weight',
      message: `the domain weights total ${total}%, expected 100% (${parts})`,
    });
  }
  const seen = new Map<number, string>();
  for (const d of domains) {
    const other = seen.get(d.data.number);
    if (other) problems.push({ file: fileOf(d, 'domains'), field: 'number', message: `domain number ${d.data.number} is also used by ${other}; each domain needs its own number` });
    seen.set(d.data.number, fileOf(d, 'domains'));
  }
  return problems;
}

export function checkReferences(collections: NotesCollections): ContentProblem[] {
  const serviceIds = collections.services.map((s) => s.id);
  const domainIds = collections.domains.map((d) => d.id);
  const errataIds = collections.errata.map((e) => e.id);
  const problems: ContentProblem[] = [];

  const expectService = (file: string, field: string, id: string) => {
    if (!serviceIds.includes(id))
      problems.push({ file, field, message: `unknown service "${id}"; expected the name of a file in content/services/ without .mdx, one of ${oneOf(serviceIds)}` });
  };
  const expectErratum = (file: string, field: string, id: string) => {
    if (!errataIds.includes(id)) problems.push({ file, field, message: `unknown erratum "${id}"; expected an id from content/errata.yaml, one of ${oneOf(errataIds)}` });
  };

  for (const d of collections.domains) {
    const file = fileOf(d, 'domains');
    const headingIds = new Set(parseBody(d.body ?? '').headings.map((h) => h.id));
    d.data.coreServices.forEach((core, i) => {
      expectService(file, `coreServices[${i}].service`, core.service.id);
      core.with.forEach((w, j) => expectService(file, `coreServices[${i}].with[${j}]`, w.id));
      core.errata.forEach((e, j) => expectErratum(file, `coreServices[${i}].errata[${j}]`, e));
    });
    d.data.keyConcepts.forEach((k, i) => k.errata.forEach((e, j) => expectErratum(file, `keyConcepts[${i}].errata[${j}]`, e)));
    d.data.taskStatements.forEach((t, i) => {
      t.services.forEach((s, j) => expectService(file, `taskStatements[${i}].services[${j}]`, s.id));
      t.sections.forEach((section, j) => {
        if (!headingIds.has(section))
          problems.push({
            file,
            field: `taskStatements[${i}].sections[${j}]`,
            message: `no heading with id "${section}" in this domain's body; expected one of ${oneOf([...headingIds])}`,
          });
      });
    });
  }
  for (const s of collections.services) {
    const file = fileOf(s, 'services');
    s.data.domains.forEach((d, i) => {
      if (!domainIds.includes(d.id)) problems.push({ file, field: `domains[${i}]`, message: `unknown domain "${d.id}"; expected one of ${oneOf(domainIds)}` });
    });
    s.data.errata.forEach((e, i) => expectErratum(file, `errata[${i}]`, e));
  }
  const terms = new Map<string, string>();
  for (const g of collections.glossary) {
    const file = 'content/glossary.yaml';
    g.data.services.forEach((ref, i) => {
      if (!serviceIds.includes(ref.id)) problems.push({ file, field: `${g.id}.services[${i}]`, message: `unknown service "${ref.id}"; expected a file name in content/services/` });
    });
    for (const spelling of [g.data.term, ...g.data.aliases]) {
      const key = spelling.toLowerCase();
      const other = terms.get(key);
      if (other && other !== g.id) problems.push({ file, field: `${g.id}.term`, message: `"${spelling}" is also a term or alias of "${other}"; a term is defined once` });
      terms.set(key, g.id);
    }
  }
  collections.inScope.forEach((entry) => {
    const field = `${entry.id}.service`;
    const service = collections.services.find((s) => s.id === entry.data.service.id);
    if (!service) return expectService('content/in-scope.yaml', field, entry.data.service.id);
    const terms = new Set(serviceSearchTerms(service.data));
    const missing = guideNames(entry.data.name).filter((name) => !terms.has(name.toLowerCase()));
    if (missing.length > 0)
      problems.push({
        file: 'content/in-scope.yaml',
        field: `${entry.id}.name`,
        message: `a search for "${missing.join('" or "')}" would not land on ${fileOf(service, 'services')}; add it to that service's aliases`,
      });
  });
  const bodies = [
    ...collections.domains.map((e) => ({ e, c: 'domains' })),
    ...collections.services.map((e) => ({ e, c: 'services' })),
    ...collections.pages.map((e) => ({ e, c: 'pages' })),
  ];
  for (const { e, c } of bodies) {
    parseBody(e.body ?? '').updateIds.forEach((id) => expectErratum(fileOf(e, c), '<Update id>', id));
  }
  return problems;
}

/** Every section a skill of the exam-guide map names must exist: the page, and a heading with that id on it. */
export function checkSkillSections(collections: Pick<NotesCollections, 'domains' | 'services' | 'pages'>): ContentProblem[] {
  const sections = noteSections(collections);
  const problems: ContentProblem[] = [];
  for (const d of collections.domains) {
    d.data.taskStatements.forEach((t, i) =>
      t.skills.forEach((skill, j) =>
        skill.sections.forEach((ref, k) => {
          if (sections.has(ref)) return;
          const page = ref.split('#')[0] ?? '';
          const onPage = [...sections.keys()].filter((key) => key.startsWith(`${page}#`)).map((key) => key.slice(page.length + 1));
          problems.push({
            file: fileOf(d, 'domains'),
            field: `taskStatements[${i}].skills[${j}].sections[${k}]`,
            message:
              onPage.length === 0
                ? `"${ref}": no page "${page}"; expected domains/<id>, services/<id> or pages/<id> of an existing file`
                : `"${ref}": no heading with that id on ${page}; expected one of ${oneOf(onPage)}`,
          });
        }),
      ),
    );
  }
  return problems;
}

/** Throws a ContentError listing every problem, so one build shows them all. */
export function assertValidNotes(collections: NotesCollections): void {
  const problems = [...checkDomainWeights(collections), ...checkReferences(collections), ...checkSkillSections(collections)];
  if (problems.length > 0) throw new ContentError(problems);
}
