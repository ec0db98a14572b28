import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSearchCorpus } from '../../../storage/search/seed-search-corpus.js';
import { createLibraryTestApp, type LibraryTestApp } from './library-test-app.js';

let t: LibraryTestApp;
beforeAll(async () => {
  t = await createLibraryTestApp();
  await seedSearchCorpus(t.database, { workspace: t.ctx.workspace });
});
afterAll(() => t.dispose());

/** Text that looks like query syntax of either engine, mixed with anything at all. */
const queryText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '"',
        '*',
        '(',
        ')',
        ':',
        '&',
        '|',
        '!',
        '<->',
        "'",
        '\\',
        'AND',
        'OR',
        'NOT',
        'NEAR',
        '^',
        '-',
        '+',
        '{title}',
        'certif',
        'queue',
        'ß',
        'İ',
        '日本',
        '\u0301',
        '%',
        '_',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

describe('GET /api/v1/library/search with arbitrary text', () => {
  it('answers 200 or 400, never a server error, on this engine', async () => {
    await fc.assert(
      fc.asyncProperty(queryText, async (q) => {
        const response = await t.request(
          'GET',
          `/api/v1/library/search?status=all&q=${encodeURIComponent(q.replace(/[\uD800-\uDFFF]/g, '?'))}`,
        );
        expect([200, 400]).toContain(response.status);
        const body = await response.json();
        if (response.status === 200) expect(Array.isArray(body.results)).toBe(true);
        else expect(body.error.code).toBe('VALIDATION_FAILED');
      }),
      { numRuns: 150 },
    );
  });
});
