import { describe, expect, it } from 'vitest';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';
import { backlinksFor, findMentions, lineExcerpt, mentionPattern, mentionTerms } from '../../src/lib/content/mentions';
import type { ServiceEntry } from '../../src/lib/content/entries';

const notes = loadCollections(VALID_CONTENT);
const service = (data: Partial<ServiceEntry['data']>): ServiceEntry => ({
  id: 'x',
  data: {
    name: 'AWS Config',
    shortName: 'Config',
    aliases: [],
    terms: [],
    category: 'Management and Governance',
    domains: [],
    summary: 's',
    status: 'current',
    errata: [],
    sources: [],
    ...data,
  },
});

describe('mention patterns', () => {
  it('matches name, short name and aliases as whole words, case-sensitively', () => {
    const pattern = mentionPattern(service({ aliases: ['Config rules'] }));
    expect(pattern.test('Enable AWS Config in every account')).toBe(true);
    expect(pattern.test('Config Rules evaluate resources')).toBe(true);
    expect(pattern.test('Configuration Methods')).toBe(false);
    expect(pattern.test('automate config, patching')).toBe(false);
  });

  it('counts the topics a page teaches as mentions too', () => {
    expect(mentionPattern(service({ terms: ['conformance packs'] })).test('Deploy conformance packs across accounts')).toBe(true);
  });

  it('uses mentionedAs instead of the names when given', () => {
    const backup = service({ name: 'AWS Backup', shortName: 'Backup', mentionedAs: ['AWS Backup'] });
    expect(mentionTerms(backup)).toEqual(['AWS Backup']);
    expect(mentionPattern(backup).test('Backup & Restore')).toBe(false);
    expect(mentionPattern(backup).test('Use AWS Backup to automate backups')).toBe(true);
  });

  it('treats hyphens as part of a word', () => {
    const xray = service({ name: 'AWS X-Ray', shortName: 'X-Ray', aliases: ['xray'] });
    expect(mentionPattern(xray).test('Use CloudWatch and X-Ray for debugging')).toBe(true);
    expect(mentionPattern(service({ shortName: 'Ray', name: 'Ray' })).test('X-Ray')).toBe(false);
  });
});

describe('mentions and backlinks', () => {
  const mentions = findMentions(notes);

  it('finds mentions in bodies and key concepts, never a page mentioning itself', () => {
    const ofBeta = mentions.filter((m) => m.serviceId === 'beta');
    expect(ofBeta.map((m) => `${m.source.id}#${m.heading?.id}: ${m.excerpt}`)).toContain('alpha#overview: Alpha talks to Beta.');
    expect(ofBeta.some((m) => m.source.id === 'domain-1' && m.heading?.id === 'key-concepts-to-master')).toBe(true);
    expect(mentions.filter((m) => m.serviceId === 'alpha' && m.source.id === 'alpha')).toEqual([]);
  });

  it('groups backlinks by page, domains first, with each section once', () => {
    const groups = backlinksFor('beta', mentions, notes.domains);
    expect(groups[0]!.source.kind).toBe('domain');
    expect(groups.at(-1)!.source).toMatchObject({ kind: 'service', id: 'alpha', href: '/services/alpha/' });
    const domain1 = groups.find((g) => g.source.id === 'domain-1')!;
    expect(domain1.sections.map((s) => s.heading?.id)).toEqual(['key-concepts-to-master', 'section-of-domain-1']);
  });

  it('lists the domains where a service is a core service even without a mention in the text', () => {
    const groups = backlinksFor('alpha', [], notes.domains, notes.services);
    expect(groups.map((g) => g.source.id)).toEqual(['domain-1', 'domain-2', 'domain-3', 'domain-4', 'domain-5', 'domain-6']);
    expect(groups[0]!.sections[0]!.heading?.id).toBe('core-aws-devops-services');
    expect(groups[0]!.sections[0]!.excerpts).toEqual(['**AWS Alpha**: Alpha does the first thing.']);
  });

  it('quotes a table row by its first cell and the matching parts', () => {
    const withTable = {
      ...notes,
      pages: [
        {
          id: 't',
          data: { title: 'T', description: 'd', sources: [] },
          body: '| Method | Services |\n|---|---|\n| **Rolling** | - Alpha does it.<br /> - Nothing else. |\n',
        },
      ],
    };
    const rows = findMentions(withTable).filter((m) => m.source.id === 't');
    expect(rows.map((m) => m.excerpt)).toEqual(['**Rolling** — Alpha does it.']);
  });

  it('quotes only the matching parts of a table row whose first cell is empty, with no empty bold', () => {
    const withTable = {
      ...notes,
      pages: [{ id: 't', data: { title: 'T', description: 'd', sources: [] }, body: '| Step | Detail |\n|---|---|\n| | Alpha retries it. |\n' }],
    };
    const rows = findMentions(withTable).filter((m) => m.source.id === 't');
    expect(rows.map((m) => m.excerpt)).toEqual(['Alpha retries it.']);
  });

  it('quotes only the sentences of a long line that mention the service, marking what it leaves out', () => {
    const pattern = /(?<![\w-])(?:AWS Alpha|Alpha)(?![\w-])/;
    expect(lineExcerpt('First about Beta. Then Alpha runs. Gamma ends. Alpha again.', pattern)).toBe('… Then Alpha runs. … Alpha again.');
    expect(lineExcerpt('Alpha starts. Beta follows.', pattern)).toBe('Alpha starts. …');
    expect(lineExcerpt('Alpha starts. Alpha ends.', pattern)).toBe('Alpha starts. Alpha ends.');
    expect(lineExcerpt('One sentence naming **Alpha** only', pattern)).toBe('One sentence naming **Alpha** only');
  });
});
