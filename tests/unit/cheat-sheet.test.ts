import { describe, expect, it } from 'vitest';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';
import { buildCheatSheet } from '../../src/lib/study/cheat-sheet';
import { findMarkedBlocks, pickColumns } from '../../src/lib/markdown/sheet-blocks';
import type { NotesCollections } from '../../src/lib/content/entries';

const body = [
  '## Methods',
  '',
  '<Sheet title="Methods" columns="0,2">',
  '',
  '| **Method** | Description | Services |',
  '|---|---|---|',
  '| **Rolling** | Batches. | CodeDeploy<br /> - Beanstalk |',
  '',
  '</Sheet>',
  '',
  '<Update id="A1" />',
  '',
  '## Summary',
  '',
  '<Takeaways>',
  '',
  '- **One**: first',
  '  - nested',
  '- Two',
  '',
  '</Takeaways>',
].join('\n');

describe('marked blocks', () => {
  const blocks = findMarkedBlocks(body);

  it('reads a marked table with its attributes, heading and following corrections', () => {
    expect(blocks[0]).toMatchObject({ tag: 'Sheet', attributes: { title: 'Methods', columns: '0,2' }, headingId: 'methods', errata: ['A1'] });
    expect(pickColumns(blocks[0]!.content, [0, 2])).toEqual({
      kind: 'table',
      header: ['**Method**', 'Services'],
      rows: [['**Rolling**', 'CodeDeploy<br /> - Beanstalk']],
    });
  });

  it('reads a marked list with nesting', () => {
    expect(blocks[1]).toMatchObject({ tag: 'Takeaways', headingId: 'summary', errata: [] });
    expect(blocks[1]!.content).toEqual({
      kind: 'list',
      items: [
        { text: '**One**: first', children: [{ text: 'nested', children: [] }] },
        { text: 'Two', children: [] },
      ],
    });
  });

  it('names a block that is never closed', () => {
    expect(() => findMarkedBlocks('<Takeaways>\n- a\n')).toThrow('<Takeaways> opened on line 1 is never closed');
  });
});

describe('the cheat sheet', () => {
  const notes = () => structuredClone(loadCollections(VALID_CONTENT)) as NotesCollections;

  it('prints the tips and traps marked sheet="yes"; every one still becomes a flashcard', async () => {
    const { buildFlashcards } = await import('../../src/lib/study/flashcards');
    const sheet = buildCheatSheet(notes());
    const tips = sheet.domains.flatMap((d) => d.tips.map((t) => `${t.kind}: ${t.text}`));
    expect(tips).toEqual(['tip: **Alpha** always runs first.']);
    const cards = buildFlashcards(notes());
    expect(cards.filter((c) => c.kind === 'tip' || c.kind === 'trap').map((c) => c.kind)).toEqual(['tip', 'trap']);
  });

  it('lists every domain in order with its weight and core services with their summaries', () => {
    const sheet = buildCheatSheet(notes());
    expect(sheet.domains.map((d) => `${d.number} ${d.title} ${d.weight}`)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `${n} Fixture domain ${n} ${[22, 17, 15, 15, 14, 17][n - 1]}`),
    );
    expect(sheet.domains[0]!.coreServices).toEqual([
      { title: 'AWS Alpha', href: '/services/alpha/', summary: 'Alpha does the first thing.', status: 'current' },
    ]);
    expect(sheet.domains[0]!.keyConcepts).toEqual([{ title: 'Concept 1', points: ['Use Alpha and Beta together.'] }]);
  });

  it('changes when a service summary changes: nothing is typed twice', () => {
    const changed = notes();
    changed.services.find((s) => s.id === 'alpha')!.data.summary = 'Alpha now does something else.';
    expect(buildCheatSheet(changed).domains[0]!.coreServices[0]!.summary).toBe('Alpha now does something else.');
  });

  it('takes takeaways and reference blocks from the bodies, with links back to their section', () => {
    const withBlocks = notes();
    withBlocks.services.find((s) => s.id === 'alpha')!.body = body;
    const sheet = buildCheatSheet(withBlocks);
    expect(sheet.domains[0]!.takeaways.map((t) => [t.text, t.source.href])).toEqual([
      ['**One**: first', '/services/alpha/#summary'],
      ['Two', '/services/alpha/#summary'],
    ]);
    expect(sheet.domains[1]!.takeaways).toEqual([]);
    expect(sheet.references).toEqual([
      {
        title: 'Methods',
        domainNumber: 1,
        source: { title: 'AWS Alpha', href: '/services/alpha/#methods' },
        content: { kind: 'table', header: ['**Method**', 'Services'], rows: [['**Rolling**', 'CodeDeploy<br /> - Beanstalk']] },
        errata: ['A1'],
      },
    ]);
  });

  it('keeps one domain only for a domain sheet', () => {
    const sheet = buildCheatSheet(notes(), 'domain-3');
    expect(sheet.domains.map((d) => d.id)).toEqual(['domain-3']);
    expect(sheet.references).toEqual([]);
  });
});
