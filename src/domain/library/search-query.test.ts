import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.js';

describe('parseSearchQuery', () => {
  it.each([
    [
      'certificate renewals',
      [
        { kind: 'term', stem: 'certif' },
        { kind: 'term', stem: 'renew' },
      ],
    ],
    ['"certificate expired"', [{ kind: 'phrase', stems: ['certif', 'expir'] }]],
    ['renew*', [{ kind: 'prefix', stem: 'renew' }]],
    ['"queue"', [{ kind: 'term', stem: 'queue' }]],
    ['"open phrase runs on', [{ kind: 'phrase', stems: ['open', 'phrase', 'run', 'on'] }]],
    [
      'a AND (b) OR NOT c:*',
      [
        { kind: 'term', stem: 'a' },
        { kind: 'term', stem: 'and' },
        { kind: 'term', stem: 'b' },
        { kind: 'term', stem: 'or' },
        { kind: 'term', stem: 'not' },
        { kind: 'term', stem: 'c' },
      ],
    ],
    ['queue queue Queue', [{ kind: 'term', stem: 'queue' }]],
  ])('reads %s as plain clauses', (text, clauses) => {
    expect(parseSearchQuery(text)?.clauses).toEqual(clauses);
  });

  it('returns null when nothing searchable is left', () => {
    expect(parseSearchQuery('"" * -- &&')).toBeNull();
  });

  it('keeps at most 12 clauses', () => {
    expect(
      parseSearchQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.clauses,
    ).toHaveLength(12);
  });
});
