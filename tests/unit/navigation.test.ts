import { describe, expect, it } from 'vitest';
import { loadCollections, VALID_CONTENT } from '../helpers/fixtures';
import { groupByCategory, prevNext, serviceSortKey, servicesOfDomain, sortDomains, sortServices, withBase } from '../../src/lib/site/navigation';

const notes = loadCollections(VALID_CONTENT);

describe('navigation', () => {
  it('orders domains by number whatever the file order', () => {
    expect(sortDomains([...notes.domains].reverse()).map((d) => d.data.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sorts services by name without the AWS / Amazon prefix', () => {
    expect(serviceSortKey('AWS CodeDeploy')).toBe('codedeploy');
    expect(serviceSortKey('Amazon S3')).toBe('s3');
    expect(sortServices([...notes.services].reverse()).map((s) => s.id)).toEqual(['alpha', 'beta']);
  });

  it('gives previous and next within a list, and nothing past the ends', () => {
    const domains = sortDomains(notes.domains);
    expect(prevNext(domains, 'domain-1')).toEqual({ prev: undefined, next: domains[1] });
    expect(prevNext(domains, 'domain-6').next).toBeUndefined();
    expect(prevNext(domains, 'domain-3').prev?.id).toBe('domain-2');
    expect(prevNext(domains, 'missing')).toEqual({ prev: undefined, next: undefined });
  });

  it('groups services by category in the schema order, leaving out empty ones', () => {
    expect(groupByCategory(notes.services).map((g) => [g.category, g.services.map((s) => s.id)])).toEqual([
      ['Developer Tools', ['alpha']],
      ['Storage', ['beta']],
    ]);
  });

  it('finds the services of a domain from the services’ own domain lists', () => {
    expect(servicesOfDomain('domain-2', notes.services).map((s) => s.id)).toEqual(['alpha']);
    expect(servicesOfDomain('domain-3', notes.services).map((s) => s.id)).toEqual(['beta']);
    expect(servicesOfDomain('domain-6', notes.services)).toEqual([]);
  });

  it('prefixes site paths with the base path only', () => {
    expect(withBase('/services/', '/dop-c02/')).toBe('/dop-c02/services/');
    expect(withBase('/services/', '/')).toBe('/services/');
    expect(withBase('https://aws.amazon.com/', '/dop-c02/')).toBe('https://aws.amazon.com/');
    expect(withBase('#top', '/dop-c02/')).toBe('#top');
  });
});
