import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildDecks, buildFlashcards, CARD_KINDS, openingOf, promptFor, serviceFront, shortHash } from '../../src/lib/study/flashcards';
import { findMarkedBlocks } from '../../src/lib/markdown/sheet-blocks';
import { domainHref, serviceHref } from '../../src/lib/site/navigation';
import { createHeadingSlugger } from '../../src/lib/markdown/markdown-text';
import { loadCollections, ROOT, VALID_CONTENT } from '../helpers/fixtures';

describe('promptFor', () => {
  it('asks for the explanation of a "**Term**: text" statement', () => {
    expect(promptFor('**RPO (Recovery Point Objective)**: Measures data loss.', 'x')).toEqual({
      front: '**RPO (Recovery Point Objective)**',
      back: ['Measures data loss.'],
    });
    expect(promptFor('**Phases:** Organize your build.', 'x')).toEqual({ front: '**Phases**', back: ['Organize your build.'] });
  });
  it('hides the first bold phrase of any other statement', () => {
    expect(promptFor('**AWS Control Tower** simplifies multi-account management.', 'x')).toEqual({
      front: '[ … ] simplifies multi-account management.',
      back: ['**AWS Control Tower**', '**AWS Control Tower** simplifies multi-account management.'],
    });
  });
  it('asks for the point of the section when nothing is bold', () => {
    expect(promptFor('Alpha is first.', 'AWS Alpha')).toEqual({ front: 'AWS Alpha: what is the key point?', back: ['Alpha is first.'] });
    expect(promptFor('Messages processed twice? Raise the visibility timeout.', 'AWS Q')).toEqual({
      front: 'AWS Q: Messages processed twice?',
      back: ['Raise the visibility timeout.'],
    });
    expect(promptFor('A remediation needs a role: `AutomationAssumeRole` names it.', 'AWS Config')).toEqual({
      front: 'AWS Config: A remediation needs a role:',
      back: ['`AutomationAssumeRole` names it.'],
    });
    expect(promptFor('[AWS Health](/services/health/) sends events: to EventBridge.', 'D5').front).toBe('D5: what is the key point?');
  });
  it('prompts a longer statement with its opening clause, so two statements of one section differ', () => {
    const retries = 'By default a rule retries a failing target for up to 24 hours, then drops the event.';
    const bus = 'Central event collection needs a resource-based policy on the receiving bus and a rule in each sender.';
    expect(promptFor(retries, 'Exam tip (EventBridge)')).toEqual({
      front: 'Exam tip (EventBridge): By default a rule retries a failing target for up to 24 hours …',
      back: [retries],
    });
    expect(promptFor(bus, 'Exam tip (EventBridge)').front).toBe('Exam tip (EventBridge): Central event collection needs a resource-based policy on …');
  });
  it('never cuts inside a code span or a link', () => {
    expect(openingOf('Roll out safely with `--max-concurrency` and `--max-errors`: once errors exceed the threshold, it stops.')).toBe(
      'Roll out safely with `--max-concurrency` and `--max-errors`',
    );
    expect(openingOf('[AWS Health](/services/health/) sends its events to EventBridge so a rule can react on its own to them.')).toBe(
      '[AWS Health](/services/health/) sends its events to EventBridge so',
    );
    expect(openingOf('A catch-all catcher uses `States.ALL, which` must be the only error name in that catcher.')).toBe(
      'A catch-all catcher uses `States.ALL, which` must be',
    );
    expect(openingOf('Too short to cut.')).toBeUndefined();
  });
});

describe('buildFlashcards on the fixture notes', () => {
  const collections = loadCollections(VALID_CONTENT);
  const cards = buildFlashcards(collections);
  it('makes cards of every kind', () => {
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(CARD_KINDS));
  });
  it('turns a service into name → summary and domains', () => {
    const alpha = cards.find((c) => c.id === 'service:alpha');
    expect(alpha).toMatchObject({ front: '**AWS Alpha**', domains: ['domain-1', 'domain-2'], source: { href: '/services/alpha/' } });
    expect(alpha?.back[0]).toBe('Alpha does the first thing.');
  });
  it('adds a service’s short name to its front only when the name lacks it', () => {
    expect(serviceFront('AWS Certificate Manager (ACM)', 'ACM')).toBe('**AWS Certificate Manager (ACM)**');
    expect(serviceFront('AWS CloudTrail', 'CloudTrail')).toBe('**AWS CloudTrail**');
    expect(serviceFront('Amazon Elastic Container Service', 'ECS')).toBe('**Amazon Elastic Container Service** (ECS)');
    expect(serviceFront('Amazon CloudWatch Logs', 'Logs')).toBe('**Amazon CloudWatch Logs**');
    expect(serviceFront('AWS Systems Manager', 'SSM')).toBe('**AWS Systems Manager** (SSM)');
  });
  it('turns a reference table row into its first cell → the other columns', () => {
    const row = cards.find((c) => c.kind === 'row');
    expect(row).toMatchObject({
      front: 'Alpha modes: Fast',
      back: ['**Meaning**: Goes quickly', '**Cost**: High'],
      source: { href: '/services/alpha/#reference' },
    });
  });
  it('turns a trap into its tempting choice → why it is wrong', () => {
    const trap = cards.find((c) => c.kind === 'trap');
    expect(trap?.front).toBe('Tempting answer: Run Beta before Alpha. Right or wrong?');
    expect(trap?.back).toEqual(['**Wrong.**', 'Beta needs the output of Alpha.']);
  });
  it('gives every card a unique, stable id', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(buildFlashcards(collections).map((c) => c.id)).toEqual(cards.map((c) => c.id));
    for (const c of cards) expect(c.id).toMatch(/^[a-z0-9:-]+$/);
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });
  it('puts each card in the decks of its domains, and all of them in "all"', () => {
    const decks = buildDecks(collections, cards);
    expect(decks.map((d) => d.id)).toEqual(['all', 'domain-1', 'domain-2', 'domain-3', 'domain-4', 'domain-5', 'domain-6']);
    expect(decks[0]?.cards).toHaveLength(cards.length);
    expect(decks[1]?.cards).toContain('service:alpha');
    expect(decks[3]?.cards).not.toContain('service:alpha');
  });
});

describe('buildFlashcards on the real notes', () => {
  const collections = loadCollections(join(ROOT, 'content'));
  const cards = buildFlashcards(collections);
  // Every page a card may link to, with the heading ids of its body.
  const anchors = new Map<string, Set<string>>();
  const headingIds = (body: string) => {
    const slug = createHeadingSlugger();
    return new Set([...body.matchAll(/^#{1,6}\s+(.*?)\s*$/gm)].map((m) => slug(m[1] ?? '')));
  };
  for (const d of collections.domains) anchors.set(domainHref(d), headingIds(d.body ?? ''));
  for (const s of collections.services) anchors.set(serviceHref(s), headingIds(s.body ?? ''));
  anchors.set('/glossary/', new Set(collections.glossary.map((g) => g.id)));

  it('links every card back to an existing page and section', () => {
    for (const card of cards) {
      const [path = '', anchor] = card.source.href.split('#');
      expect(anchors.has(path), `${card.id} → ${card.source.href}`).toBe(true);
      if (anchor) expect(anchors.get(path)?.has(anchor), `${card.id} → ${card.source.href}`).toBe(true);
    }
  });
  it('has a card for every service, takeaway, table row and glossary term', () => {
    const blocks = [...collections.domains, ...collections.services].flatMap((e) => findMarkedBlocks(e.body ?? ''));
    const count = (kind: string) => cards.filter((c) => c.kind === kind).length;
    expect(count('service')).toBe(collections.services.length);
    expect(count('term')).toBe(collections.glossary.length);
    expect(count('row')).toBe(
      blocks
        .filter((b) => b.tag === 'Sheet')
        .reduce((n, b) => n + (b.content.kind === 'table' ? b.content.rows.length : b.content.kind === 'list' ? b.content.items.length : 0), 0),
    );
    expect(count('takeaway')).toBe(
      blocks.filter((b) => b.tag === 'Takeaways' || b.tag === 'Takeaway').reduce((n, b) => n + (b.content.kind === 'list' ? b.content.items.length : 1), 0),
    );
    expect(count('tip')).toBe(blocks.filter((b) => b.tag === 'ExamTip').length);
    expect(count('trap')).toBe(blocks.filter((b) => b.tag === 'Trap').length);
  });
  it('fills every deck', () => {
    for (const deck of buildDecks(collections, cards)) expect(deck.cards.length, deck.id).toBeGreaterThan(5);
  });
});
