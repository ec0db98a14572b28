import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Instant } from '../../../domain/instant.js';
import { findInsightStamp } from '../../../storage/insight-stamp.js';
import {
  declareResolvedIncident,
  READY_ACTION_ITEM,
  startReviewOf,
} from '../reviews/review-test-setup.js';

// The overview is remembered under a stamp of the workspace's data; every write a figure can
// depend on must change the stamp, or a stale overview would be served.
let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  key = await declareResolvedIncident(t);
});
afterAll(() => t.dispose());

const stamp = () => findInsightStamp(t.database.db, t.ctx.workspace.id);
const OVERVIEW =
  '/api/v1/insights/overview?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&period=month';

async function changesStamp(write: () => Promise<{ status: number }>, status: number) {
  const before = await stamp();
  expect((await write()).status).toBe(status);
  expect(await stamp()).not.toBe(before);
}

describe('the insight stamp', () => {
  it('changes with every kind of write the overview is computed from', async () => {
    await changesStamp(
      () => t.request('POST', '/api/v1/incidents', { title: 'Search slow', severity: 'SEV3' }),
      201,
    );
    await changesStamp(
      () =>
        t.request('PUT', `/api/v1/incidents/${key}/milestones`, {
          detected: '2026-03-12T09:03:00Z',
        }),
      200,
    );
    await changesStamp(async () => {
      const response = await t.request('POST', `/api/v1/incidents/${key}/review`, {
        authors: ['Ana Silva'],
      });
      return response;
    }, 201);
    const items = `/api/v1/incidents/${key}/review/action-items`;
    let item = { id: '', version: 0 };
    await changesStamp(async () => {
      const response = await t.request('POST', items, READY_ACTION_ITEM);
      item = (await response.clone().json()) as typeof item;
      return response;
    }, 201);
    await changesStamp(
      () => t.request('PATCH', `${items}/${item.id}`, { owner: 'Kim Ito', version: item.version }),
      200,
    );
    await changesStamp(() => t.request('DELETE', `${items}/${item.id}`), 204);
    await changesStamp(
      () => t.request('POST', '/api/v1/services', { name: 'payments', sloTarget: 0.999 }),
      201,
    );
    await changesStamp(
      () => t.request('PUT', '/api/v1/policies/SEV2', { overrides: { publishDueHours: 240 } }),
      200,
    );
  });

  it('stays the same while only the timeline changes', async () => {
    const before = await stamp();
    const event = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:50:00Z',
      kind: 'note',
      text: 'Dashboards back to normal',
    });
    expect(event.status).toBe(201);
    expect(await stamp()).toBe(before);
  });
});

describe('GET /insights/overview, remembered', () => {
  it('serves the same figures until the data changes, then the new ones', async () => {
    const app = await createTestApp();
    try {
      await declareResolvedIncident(app);
      const read = async () => (await app.request('GET', OVERVIEW)).json();
      const first = await read();
      expect(first.frequency.total).toBe(1);
      expect(await read()).toEqual(first);
      const other = await declareResolvedIncident(app);
      expect((await read()).frequency.total).toBe(2);
      await startReviewOf(app, other);
      expect((await read()).frequency.total).toBe(2);
    } finally {
      await app.dispose();
    }
  });

  it('takes the clock-dependent figures afresh each minute', async () => {
    const app = await createTestApp();
    try {
      const key = await declareResolvedIncident(app);
      await startReviewOf(app, key);
      const item = await (
        await app.request('POST', `/api/v1/incidents/${key}/review/action-items`, {
          ...READY_ACTION_ITEM,
          dueDate: '2026-03-20',
        })
      ).json();
      const overdue = async () =>
        (await (await app.request('GET', OVERVIEW)).json()).followThrough.overdue.items.map(
          (i: { id: string }) => i.id,
        );
      app.clock.set('2026-03-20T23:59:00.000Z' as Instant);
      expect(await overdue()).toEqual([]);
      app.clock.set('2026-03-21T00:01:00.000Z' as Instant);
      expect(await overdue()).toEqual([item.id]);
    } finally {
      await app.dispose();
    }
  });
});
