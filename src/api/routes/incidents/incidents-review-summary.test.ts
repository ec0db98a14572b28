import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

/** Declares a SEV2 incident resolved at `resolvedAt` (its review is due 120 h later) and returns its key. */
async function declareResolved(title: string, resolvedAt: string | null): Promise<string> {
  const created = await t.request('POST', '/api/v1/incidents', {
    title,
    severity: 'SEV2',
    tags: ['review-summary'],
  });
  const { key } = (await created.json()) as { key: string };
  if (resolvedAt !== null) {
    const set = await t.request('PUT', `/api/v1/incidents/${key}/milestones`, {
      resolved: resolvedAt,
    });
    expect(set.status).toBe(200);
  }
  return key;
}

async function listedReviews(): Promise<Record<string, unknown>> {
  const response = await t.request('GET', '/api/v1/incidents?tag=review-summary');
  expect(response.status).toBe(200);
  const body = (await response.json()) as { incidents: { key: string; review: unknown }[] };
  return Object.fromEntries(body.incidents.map((incident) => [incident.key, incident.review]));
}

describe('GET /api/v1/incidents with review summaries', () => {
  let reviewed = '';
  let unreviewed = '';
  let published = '';
  let unresolved = '';

  beforeAll(async () => {
    t.clock.set('2026-03-12T12:00:00.000Z' as never);
    reviewed = await declareResolved(
      'Cart totals wrong after a pricing deploy',
      '2026-03-12T11:00:00.000Z',
    );
    unreviewed = await declareResolved('Search slow for one shard', '2026-03-12T10:00:00.000Z');
    published = await declareResolved('Login codes delayed', '2026-03-12T09:00:00.000Z');
    unresolved = await declareResolved('Queue backlog still growing', null);
    for (const key of [reviewed, published, unresolved]) {
      const started = await t.request('POST', `/api/v1/incidents/${key}/review`, {
        reviewers: ['Priya'],
      });
      expect(started.status).toBe(201);
    }
    const submit = await t.request('POST', `/api/v1/incidents/${published}/review/submit`, {});
    expect(submit.status).toBe(200);
    const publish = await t.request('POST', `/api/v1/incidents/${published}/review/publish`, {
      override: { reason: 'Published for the list test' },
    });
    expect(publish.status).toBe(200);
  });

  it('gives a reviewed incident its review status and publish deadline, and an unreviewed one null', async () => {
    const reviews = await listedReviews();
    expect(reviews[reviewed]).toEqual({
      status: 'draft',
      publishDueAt: '2026-03-17T11:00:00.000Z',
      overdue: false,
    });
    expect(reviews[unreviewed]).toBeNull();
    expect(reviews[unresolved]).toEqual({ status: 'draft', publishDueAt: null, overdue: false });
  });

  it('marks an unpublished review overdue once the clock passes its deadline, never a published one', async () => {
    t.clock.set('2026-03-18T00:00:00.000Z' as never);
    const reviews = await listedReviews();
    expect(reviews[reviewed]).toEqual({
      status: 'draft',
      publishDueAt: '2026-03-17T11:00:00.000Z',
      overdue: true,
    });
    expect(reviews[published]).toMatchObject({ status: 'published', overdue: false });
    expect(reviews[unresolved]).toMatchObject({ overdue: false });
  });

  it('keeps the review summary out of the single-incident view', async () => {
    const response = await t.request('GET', `/api/v1/incidents/${reviewed}`);
    expect(await response.json()).not.toHaveProperty('review');
  });
});
