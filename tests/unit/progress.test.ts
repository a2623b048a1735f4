import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serializeProgress, validateProgress } from '../../src/lib/study/progress';
import { studiedError, weightedProgress } from '../../src/lib/study/studied';

const good = {
  app: 'dop-c02-study-notes',
  version: 1,
  studied: { '/services/codedeploy/': 1 },
  cards: { 'service:codedeploy': { box: 2, due: 5, reviews: 3, lapses: 1 } },
};

describe('parseProgress', () => {
  it('reads nothing stored as empty progress', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });
  it('round-trips an export', () => {
    const valid = validateProgress(good);
    const text = serializeProgress(valid.ok ? valid.progress : emptyProgress(), Date.UTC(2026, 11, 1));
    expect(text).toContain('"exported": "2026-12-01T00:00:00.000Z"');
    expect(parseProgress(text)).toEqual({ ok: true, progress: { ...good, practice: { answers: {}, exams: [] } } });
  });
  it.each([
    ['{ not json', 'not valid JSON'],
    ['[1,2]', 'expected a JSON object'],
    ['{"app":"other-site","version":1,"studied":{},"cards":{}}', 'not a progress file of this site'],
    ['{"app":"dop-c02-study-notes","version":2,"studied":{},"cards":{}}', 'unsupported progress version 2'],
    ['{"app":"dop-c02-study-notes","version":1,"studied":[],"cards":{}}', '"studied" must be an object'],
    ['{"app":"dop-c02-study-notes","version":1,"studied":{"https://evil/":1},"cards":{}}', 'not a page of this site'],
    ['{"app":"dop-c02-study-notes","version":1,"studied":{},"cards":{"service:x":{"box":9,"due":1,"reviews":0,"lapses":0}}}', 'card "service:x" has box 9'],
    ['{"app":"dop-c02-study-notes","version":1,"studied":{},"cards":{"service:x":{"box":1,"due":-1,"reviews":0,"lapses":0}}}', 'no valid "due" time'],
    ['{"app":"dop-c02-study-notes","version":1,"studied":{},"cards":{},"extra":true}', 'unknown field "extra"'],
  ])('rejects %s with a message', (text, message) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe('weightedProgress', () => {
  it('weights each domain’s studied share by its exam weight', () => {
    const domains = [
      { id: 'domain-1', weight: 25, pages: ['/domains/domain-1/', '/services/a/'] },
      { id: 'domain-2', weight: 75, pages: ['/domains/domain-2/', '/services/a/', '/services/b/', '/services/c/'] },
    ];
    const { domains: per, overall } = weightedProgress(domains, { '/services/a/': 1, '/domains/domain-1/': 2 });
    expect(per).toEqual([
      { id: 'domain-1', studied: 2, total: 2, share: 1 },
      { id: 'domain-2', studied: 1, total: 4, share: 0.25 },
    ]);
    expect(overall).toBeCloseTo(0.25 * 1 + 0.75 * 0.25);
  });
});

describe('studiedError', () => {
  it('accepts a map of site paths to times and names what is wrong otherwise', () => {
    expect(studiedError({ '/services/scp/': 1 })).toBeUndefined();
    expect(studiedError([])).toContain('must be an object');
    expect(studiedError({ '/x/': 'yesterday' })).toContain('has no valid time');
  });
});
