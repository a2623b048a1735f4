import { describe, expect, it } from 'vitest';
import { examGuideCoverage, inScopeGroups, noteSections, sectionWords, THIN_WORDS } from '../../src/lib/content/exam-guide';
import { checkReferences, checkSkillSections, guideNames } from '../../src/lib/content/validate';
import { isAwsSourceUrl, isTranslatedAwsPage } from '../../src/lib/content/schemas';
import type { NotesCollections } from '../../src/lib/content/entries';
import { loadCollections, schemas, VALID_CONTENT } from '../helpers/fixtures';

const notes = () => structuredClone(loadCollections(VALID_CONTENT)) as NotesCollections;
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('words of teaching text under a heading', () => {
  it('counts a section with its subsections, and leaves code and component tags out', () => {
    const body = `## Parent\n\n${words(10)}\n\n### Child\n\n- ${words(5)}\n\n\`\`\`bash\n${words(50)}\n\`\`\`\n\n<ExamTip source="https://docs.aws.amazon.com/">\n\n${words(3)}\n\n</ExamTip>\n\n## Next\n\n| a | b |\n|---|---|\n| one | two |\n`;
    const counts = sectionWords(body);
    expect(counts.get('parent')?.words).toBe(18);
    expect(counts.get('child')?.words).toBe(8);
    expect(counts.get('next')?.words).toBe(4);
  });
});

describe('the exam-guide map', () => {
  it('knows every section of every note, with the domain key concepts counted as mentions only', () => {
    const sections = noteSections(notes());
    expect(sections.get('services/alpha#overview')).toMatchObject({ href: '/services/alpha/#overview', pageTitle: 'AWS Alpha', heading: 'Overview' });
    expect(sections.get('domains/domain-1#key-concepts-to-master')?.words).toBe(0);
  });

  it('sums the words of a skill’s sections and marks it thin below the threshold', () => {
    const collections = notes();
    const d1 = collections.domains.find((d) => d.id === 'domain-1')!;
    d1.data.taskStatements[0]!.skills = [
      { text: 'Thin skill', sections: ['domains/domain-1#key-concepts-to-master'] },
      { text: 'Counted once', sections: ['services/alpha#overview', 'services/alpha#overview'] },
    ];
    const coverage = examGuideCoverage(collections.domains, noteSections(collections));
    const skills = coverage.find((c) => c.domain.id === 'domain-1')!.tasks[0]!.skills;
    expect(skills.map((s) => [s.text, s.thin])).toEqual([
      ['Thin skill', true],
      ['Counted once', skills[1]!.words < THIN_WORDS],
    ]);
    expect(skills[1]!.sections).toHaveLength(1);
  });

  it('stops the build on a section that does not exist, naming the file, the field and what exists', () => {
    const collections = notes();
    const d1 = collections.domains.find((d) => d.id === 'domain-1')!;
    d1.data.taskStatements[0]!.skills = [{ text: 'S', sections: ['services/alpha#nowhere', 'services/gamma#overview'] }];
    const problems = checkSkillSections(collections);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'tests/fixtures/content-valid/domains/domain-1.mdx taskStatements[0].skills[0].sections[0]',
      'tests/fixtures/content-valid/domains/domain-1.mdx taskStatements[0].skills[0].sections[1]',
    ]);
    expect(problems[0]!.message).toMatch(/no heading with that id on services\/alpha; expected one of "overview"/);
    expect(problems[1]!.message).toMatch(/no page "services\/gamma"/);
  });

  it('rejects a skill without a section, or a section reference of the wrong shape', () => {
    const base = { id: '1.1', title: 't', summary: 's' };
    const parse = (skills: unknown) => schemas.domains.shape.taskStatements.element.safeParse({ ...base, skills });
    expect(parse([{ text: 'x', sections: [] }]).error?.issues[0]?.message).toBe('a skill must name at least one section that teaches it');
    expect(parse([{ text: 'x', sections: ['cloudwatch#logs'] }]).error?.issues[0]?.message).toMatch(/services\/cloudwatch#logs-insights/);
  });
});

describe('sources', () => {
  it('tells a translated copy of an AWS page from the English original', () => {
    expect(isTranslatedAwsPage('https://docs.aws.amazon.com/de_de/resilience-hub/latest/userguide/arh-testing.html')).toBe(true);
    expect(isTranslatedAwsPage('https://aws.amazon.com/jp/blogs/news/some-post/')).toBe(true);
    expect(isTranslatedAwsPage('https://docs.aws.amazon.com/resilience-hub/latest/userguide/arh-testing.html')).toBe(false);
    expect(isTranslatedAwsPage('https://docs.aws.amazon.com/en_us/lambda/latest/dg/welcome.html')).toBe(false);
    expect(isTranslatedAwsPage('https://aws.amazon.com/s3/faqs/')).toBe(false);
    expect(isTranslatedAwsPage('https://aws.amazon.com/blogs/devops/some-post/')).toBe(false);
  });

  it('accepts https pages on AWS’s own sites only', () => {
    expect(isAwsSourceUrl('https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html')).toBe(true);
    expect(isAwsSourceUrl('https://aws.amazon.com/blogs/devops/some-post/')).toBe(true);
    expect(isAwsSourceUrl('https://github.com/aws/copilot-cli')).toBe(true);
    expect(isAwsSourceUrl('http://docs.aws.amazon.com/x')).toBe(false);
    expect(isAwsSourceUrl('https://docs.amazonaws.cn/x')).toBe(false);
    expect(isAwsSourceUrl('https://aws.amazon.com.example.com/x')).toBe(false);
    expect(isAwsSourceUrl('https://github.com/someone/aws')).toBe(false);
    expect(isAwsSourceUrl('not a url')).toBe(false);
  });

  it('names the field of a source that is not an AWS page', () => {
    const result = schemas.services.safeParse({
      name: 'AWS Alpha',
      shortName: 'Alpha',
      category: 'Developer Tools',
      domains: ['domain-1'],
      summary: 's',
      sources: [{ title: 'A blog', url: 'https://example.com/post' }],
    });
    expect(result.error?.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`)).toEqual([
      'sources.0.url: sources[].url must be an https address on AWS’s own sites (docs.aws.amazon.com, aws.amazon.com)',
    ]);
  });
});

describe('the in-scope services list', () => {
  it('reads the names a guide entry goes by', () => {
    expect(guideNames('Amazon EventBridge (Amazon CloudWatch Events)')).toEqual(['EventBridge', 'CloudWatch Events']);
    expect(guideNames('Amazon DocumentDB (with MongoDB compatibility)')).toEqual(['DocumentDB']);
    expect(guideNames('EC2 Image Builder')).toEqual(['EC2 Image Builder']);
  });

  it('stops the build when a search for an entry’s name would not land on its page', () => {
    const collections = notes();
    collections.inScope[0]!.data.name = 'AWS Omega';
    const problems = checkReferences(collections).filter((p) => p.file === 'content/in-scope.yaml');
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'aws-alpha.name: a search for "Omega" would not land on tests/fixtures/content-valid/services/alpha.mdx; add it to that service\'s aliases',
    ]);
  });

  it('groups entries by the guide’s categories, A–Z within each', () => {
    const collections = notes();
    const groups = inScopeGroups(collections.inScope, collections.services, ['Storage', 'Developer Tools']);
    expect(groups.map((g) => [g.category, g.entries.map((e) => e.service.id)])).toEqual([
      ['Storage', ['beta']],
      ['Developer Tools', ['alpha']],
    ]);
  });
});
