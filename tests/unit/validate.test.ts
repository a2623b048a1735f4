import { describe, expect, it } from 'vitest';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';
import { assertValidNotes, checkDomainWeights, checkReferences, ContentError } from '../../src/lib/content/validate';
import type { NotesCollections } from '../../src/lib/content/entries';

const valid = () => structuredClone(loadCollections(VALID_CONTENT)) as NotesCollections;

describe('cross-entry checks', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(() => assertValidNotes(valid())).not.toThrow();
  });

  it('names the file and field of a reference to a service that does not exist', () => {
    const notes = valid();
    notes.domains[0]!.data.coreServices[0]!.service = { id: 'gamma', collection: 'services' };
    const [problem] = checkReferences(notes);
    expect(problem).toMatchObject({ file: 'tests/fixtures/content-valid/domains/domain-1.mdx', field: 'coreServices[0].service' });
    expect(problem!.message).toBe('unknown service "gamma"; expected the name of a file in content/services/ without .mdx, one of "alpha", "beta"');
  });

  it('names a service that points at an unknown domain', () => {
    const notes = valid();
    notes.services[1]!.data.domains = [{ id: 'domain-9', collection: 'domains' }];
    expect(checkReferences(notes)).toContainEqual({
      file: 'tests/fixtures/content-valid/services/beta.mdx',
      field: 'domains[0]',
      message: expect.stringContaining('unknown domain "domain-9"'),
    });
  });

  it('names an <Update> whose erratum does not exist', () => {
    const notes = valid();
    notes.services[0]!.body += '\n<Update id="Z9" />\n';
    expect(checkReferences(notes)).toContainEqual({
      file: 'tests/fixtures/content-valid/services/alpha.mdx',
      field: '<Update id>',
      message: 'unknown erratum "Z9"; expected an id from content/errata.yaml, one of "A1"',
    });
  });

  it('names a task statement section that is not a heading of the page', () => {
    const notes = valid();
    notes.domains[2]!.data.taskStatements[0]!.sections = ['nowhere'];
    expect(checkReferences(notes)[0]).toMatchObject({ field: 'taskStatements[0].sections[0]', message: expect.stringContaining('"section-of-domain-3"') });
  });

  it('stops on weights that do not total 100, listing each file', () => {
    const notes = valid();
    notes.domains[0]!.data.weight = 30;
    const problems = checkDomainWeights(notes);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^the domain weights total 108%, expected 100% \(tests\/fixtures\/content-valid\/domains\/domain-1\.mdx 30, /);
    expect(() => assertValidNotes(notes)).toThrow(ContentError);
  });

  it('reports two domains with one number', () => {
    const notes = valid();
    notes.domains[1]!.data.number = 1;
    expect(checkDomainWeights(notes)[0]).toMatchObject({ field: 'number', message: expect.stringContaining('also used by') });
  });

  it('lists every problem in one error', () => {
    const notes = valid();
    notes.domains[0]!.data.weight = 30;
    notes.services[1]!.data.errata = ['B7'];
    expect(() => assertValidNotes(notes)).toThrow(
      /The notes have 2 problems:\n {2}- content\/domains\/: weight: .*\n {2}- tests\/fixtures\/content-valid\/services\/beta\.mdx: errata\[0\]: unknown erratum "B7"/,
    );
  });
});
