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

const digest = (query: string) => t.request('GET', `/api/v1/library/anniversary${query}`);

describe('GET /api/v1/library/anniversary', () => {
  it.each([
    ['', 'date: is required'],
    ['?date=2026-13-01', 'date: must be a date (YYYY-MM-DD)'],
    ['?date=2026-03-12&x=1', 'unknown field "x"'],
  ])('answers 400 with the reason for "%s"', async (query, message) => {
    const response = await digest(query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain(message);
  });

  it('lists reviews published a year ago that week, with action items as they stand now', async () => {
    const response = await digest('?date=2026-03-17');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      date: '2026-03-17',
      timeZone: 'UTC',
      from: '2025-03-14T00:00:00.000Z',
      to: '2025-03-21T00:00:00.000Z',
    });
    // INC-6 was published on 21 March at 07:45, just after the window.
    expect(body.reviews.map((r: { key: string }) => r.key)).toEqual(['INC-1', 'INC-10', 'INC-3']);
    expect(body.reviews[0]).toMatchObject({
      summary: 'Browsers refused the checkout domain for 47 minutes after its certificate expired.',
      actionItemCounts: { done: 1, open: 1 },
      actionItems: [
        { title: 'Automate certificate renewal with the ACME client', status: 'done' },
        { title: 'Alert 21 days before any certificate expires', status: 'open' },
      ],
    });
  });

  it('answers an empty digest for a week with no publications', async () => {
    expect((await (await digest('?date=2030-01-01')).json()).reviews).toEqual([]);
  });

  it('leaves out private incidents for a reader who may not see them', async () => {
    expect(
      (await (await digest('?date=2027-03-08')).json()).reviews.map((r: { key: string }) => r.key),
    ).toEqual(['INC-21']);
    t.actAs(RESTRICTED_READER);
    try {
      expect((await (await digest('?date=2027-03-08')).json()).reviews).toEqual([]);
    } finally {
      t.actAs({ name: 'owner', kind: 'owner' });
    }
  });
});
