import { describe, expect, it } from 'vitest';
import { serviceSearchTerms, spellingVariants, splitCamelCase } from '../../src/lib/search/search-terms';

describe('search terms', () => {
  it('splits camel case but keeps acronyms whole', () => {
    expect(splitCamelCase('CodeDeploy')).toBe('Code Deploy');
    expect(splitCamelCase('SCP')).toBe('SCP');
    expect(splitCamelCase('DynamoDB')).toBe('Dynamo DB');
  });

  it('spells a name with and without spaces and hyphens', () => {
    expect(spellingVariants('AWS X-Ray')).toEqual(expect.arrayContaining(['AWS X-Ray', 'X-Ray', 'XRay', 'X Ray']));
    expect(spellingVariants('Amazon Route 53')).toEqual(expect.arrayContaining(['Route53', 'Route 53']));
  });

  it('collects the lower-cased spellings of name, short name and aliases', () => {
    const terms = serviceSearchTerms({ name: 'AWS CodeDeploy', shortName: 'CodeDeploy', aliases: ['AppSpec'] });
    expect(terms).toEqual(expect.arrayContaining(['aws codedeploy', 'codedeploy', 'code deploy', 'awscodedeploy', 'appspec', 'app spec']));
    expect(new Set(terms).size).toBe(terms.length);
    expect(serviceSearchTerms({ name: 'AWS IAM', shortName: 'IAM', aliases: [], terms: ['external ID'] })).toContain('external id');
  });
});
