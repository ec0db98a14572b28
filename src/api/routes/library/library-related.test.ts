import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSearchCorpus } from '../../../storage/search/seed-search-corpus.js';
import {
  createLibraryTestApp,
  type LibraryTestApp,
  RESTRICTED_READER,
} from './library-test-app.js';

let t: LibraryTestApp;
beforeAll(async () => {
  t = await createLibraryTestApp();
  await seedSearchCorpus(t.database, { workspace: t.ctx.workspace });
});
afterAll(() => t.dispose());

const OWNER = { name: 'owner', kind: 'owner' } as const;
const related = (key: string, query = '') =>
  t.request('GET', `/api/v1/incidents/${key}/related${query}`);

describe('GET /api/v1/incidents/{key}/related', () => {
  it('answers 400 with the reason for a bad limit', async () => {
    const response = await related('INC-1', '?limit=51');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'limit: must be a number from 1 to 50',
    });
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await related('INC-999');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('ranks incidents sharing services, categories, tags and words, and says why', async () => {
    const response = await related('INC-1', '?limit=5');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { key: string; score: number; reasons: string[] }[];
    expect(body.length).toBe(5);
    expect(body.map((r) => r.key)).not.toContain('INC-1');
    const inc2 = body.find((r) => r.key === 'INC-2');
    expect(inc2?.reasons).toEqual([
      'same factor category: tooling',
      'shares tag certificates',
      expect.stringMatching(/^similar text: .*certificate/),
    ]);
    const inc19 = body.find((r) => r.key === 'INC-19');
    expect(inc19?.reasons).toContain('shares service checkout');
    expect(inc19?.reasons).toContain('shares tag certificates');
    const scores = body.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never lists a private incident for a reader who may not see it, nor answers for one', async () => {
    // INC-21 (private) shares the process factor category with INC-3.
    const owner = (await (await related('INC-3', '?limit=50')).json()) as { key: string }[];
    expect(owner.map((r) => r.key)).toContain('INC-21');
    t.actAs(RESTRICTED_READER);
    try {
      const reader = (await (await related('INC-3', '?limit=50')).json()) as { key: string }[];
      expect(reader.map((r) => r.key)).not.toContain('INC-21');
      expect((await related('INC-21')).status).toBe(404);
    } finally {
      t.actAs(OWNER);
    }
  });
});
