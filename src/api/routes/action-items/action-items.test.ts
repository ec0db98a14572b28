import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  declareResolvedIncident,
  READY_ACTION_ITEM,
  startReviewOf,
} from '../reviews/review-test-setup.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  key = await declareResolvedIncident(t);
  await startReviewOf(t, key);
});
afterAll(() => t.dispose());

const items = () => `/api/v1/incidents/${key}/review/action-items`;

async function addItem(body: Record<string, unknown> = {}) {
  const response = await t.request('POST', items(), { ...READY_ACTION_ITEM, ...body });
  expect(response.status).toBe(201);
  return response.json();
}

describe('POST …/review/action-items', () => {
  it('names the field when a score is out of range', async () => {
    const response = await t.request('POST', items(), { title: 'Add a canary', impact: 9 });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'impact: must be a whole number from 1 to 5',
    );
  });

  it('rejects a due date that is not a calendar date', async () => {
    const response = await t.request('POST', items(), { title: 'x', dueDate: 'next sprint' });
    expect((await response.json()).error.message).toBe('dueDate: must be a date (YYYY-MM-DD)');
  });

  it('answers 404 REVIEW_NOT_FOUND for an incident without a review', async () => {
    const other = await declareResolvedIncident(t);
    const response = await t.request('POST', `/api/v1/incidents/${other}/review/action-items`, {
      title: 'x',
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('REVIEW_NOT_FOUND');
  });

  it('dates an item from its horizon and the policy when no due date is given', async () => {
    const immediate = await addItem({ horizon: 'immediate' });
    const long = await addItem({ horizon: 'long' });
    expect([immediate.dueDate, long.dueDate]).toEqual(['2026-03-19', '2026-06-10']);
    const review = await (await t.request('GET', `/api/v1/incidents/${key}/review`)).json();
    expect(review.review.actionItems.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([immediate.id, long.id]),
    );
  });
});

describe('PATCH …/review/action-items/{id}', () => {
  it('answers 404 ACTION_ITEM_NOT_FOUND for an item of another review', async () => {
    const response = await t.request('PATCH', `${items()}/nope`, { owner: 'Kim', version: 1 });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('ACTION_ITEM_NOT_FOUND');
  });

  it('answers 409 to a stale item version', async () => {
    const item = await addItem();
    expect(
      (await t.request('PATCH', `${items()}/${item.id}`, { owner: 'Kim Ito', version: 1 })).status,
    ).toBe(200);
    const stale = await t.request('PATCH', `${items()}/${item.id}`, { owner: 'Lu', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('ACTION_ITEM_VERSION_CONFLICT');
  });
});

describe('POST …/review/action-items/{id}/transition', () => {
  it('refuses verified without evidence of the test with 422', async () => {
    const item = await addItem();
    const response = await t.request('POST', `${items()}/${item.id}/transition`, {
      to: 'verified',
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'verification: record how the fix was tested (what, at, and a link if there is one)',
    );
  });

  it("refuses won't do without a reason", async () => {
    const item = await addItem();
    const response = await t.request('POST', `${items()}/${item.id}/transition`, { to: 'wont_do' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'wontDoReason: say why the item will not be done',
    );
  });

  it('records the verification evidence with who verified it', async () => {
    const item = await addItem();
    await t.request('POST', `${items()}/${item.id}/transition`, { to: 'done' });
    const response = await t.request('POST', `${items()}/${item.id}/transition`, {
      to: 'verified',
      verification: {
        what: 'Replayed the setting change in staging; it stopped at the canary',
        at: '2026-03-12T10:00:00Z',
        link: 'https://ci.example.com/runs/42',
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'verified',
      version: 3,
      verification: {
        what: 'Replayed the setting change in staging; it stopped at the canary',
        at: '2026-03-12T10:00:00.000Z',
        link: 'https://ci.example.com/runs/42',
        by: 'owner',
      },
    });
  });
});

describe('DELETE …/review/action-items/{id}', () => {
  it('removes the item and its link from the factors', async () => {
    const item = await addItem();
    const path = `/api/v1/incidents/${key}/review`;
    const { review } = await (await t.request('GET', path)).json();
    await t.request('PATCH', path, {
      version: review.version,
      factors: [{ category: 'tooling', description: 'No canary', actionItemIds: [item.id] }],
    });
    expect((await t.request('DELETE', `${items()}/${item.id}?version=1`)).status).toBe(204);
    const after = await (await t.request('GET', path)).json();
    expect(after.review.factors[0].actionItemIds).toEqual([]);
    expect(after.review.actionItems.map((i: { id: string }) => i.id)).not.toContain(item.id);
  });
});

describe('GET /api/v1/action-items', () => {
  it('rejects an unknown status', async () => {
    const response = await t.request('GET', '/api/v1/action-items?status=closed');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'status.0: must be one of open, in_progress, done, verified, wont_do',
    );
  });

  it("lists one owner's items across reviews and the overdue ones", async () => {
    const mine = await addItem({ owner: 'Priya Nair', dueDate: '2026-03-01' });
    const other = await declareResolvedIncident(t);
    await startReviewOf(t, other);
    const second = await (
      await t.request('POST', `/api/v1/incidents/${other}/review/action-items`, {
        ...READY_ACTION_ITEM,
        owner: 'Priya Nair',
        dueDate: '2026-05-01',
      })
    ).json();
    const owned = await (await t.request('GET', '/api/v1/action-items?owner=Priya%20Nair')).json();
    expect(
      owned.actionItems.map((i: { id: string; incidentKey: string }) => [i.id, i.incidentKey]),
    ).toEqual([
      [mine.id, key],
      [second.id, other],
    ]);
    const overdue = await (
      await t.request('GET', '/api/v1/action-items?owner=Priya%20Nair&overdue=true')
    ).json();
    expect(overdue.actionItems.map((i: { id: string }) => i.id)).toEqual([mine.id]);
  });
});
