import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Instant } from '../../../domain/instant.js';
import { declareResolvedIncident, READY_ACTION_ITEM, startReviewOf } from './review-test-setup.js';

// GET review serves an encoded view cached under the counters it depends on; every change a
// reader can see must reach the next GET, even the ones that leave the review's version alone.
let t: TestApp;
let key: string;
beforeEach(async () => {
  t = await createTestApp();
  key = await declareResolvedIncident(t);
  await startReviewOf(t, key);
});
afterAll(() => t?.dispose());

const reviewPath = () => `/api/v1/incidents/${key}/review`;

async function readReview() {
  const response = await t.request('GET', reviewPath());
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET …/review after changes its version does not count', () => {
  it('answers the same bytes twice while nothing changes', async () => {
    const first = await (await t.request('GET', reviewPath())).text();
    const second = await (await t.request('GET', reviewPath())).text();
    expect(second).toBe(first);
  });

  it('shows an added, edited and deleted action item', async () => {
    await readReview();
    const added = await t.request('POST', `${reviewPath()}/action-items`, READY_ACTION_ITEM);
    expect(added.status).toBe(201);
    const item = await added.json();
    expect((await readReview()).review.actionItems.map((i: { id: string }) => i.id)).toEqual([
      item.id,
    ]);

    const edited = await t.request('PATCH', `${reviewPath()}/action-items/${item.id}`, {
      owner: 'Kim Ito',
      version: item.version,
    });
    expect(edited.status).toBe(200);
    expect((await readReview()).review.actionItems[0].owner).toBe('Kim Ito');

    const deleted = await t.request('DELETE', `${reviewPath()}/action-items/${item.id}`);
    expect(deleted.status).toBe(204);
    expect((await readReview()).review.actionItems).toEqual([]);
  });

  it('shows due dates from a changed policy', async () => {
    expect((await readReview()).dueDates.draftDueAt).toBe('2026-03-13T09:45:00.000Z');
    const saved = await t.request('PUT', '/api/v1/policies/SEV2', {
      overrides: { draftDueHours: 48 },
    });
    expect(saved.status).toBe(200);
    expect((await readReview()).dueDates.draftDueAt).toBe('2026-03-14T09:45:00.000Z');
  });

  it('shows the template the workspace now picks for the severity', async () => {
    expect((await readReview()).template.id).toBe('default');
    const saved = await t.request('PUT', '/api/v1/templates', {
      templates: [
        {
          id: 'payments',
          name: 'Payments review',
          severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'],
          sections: [{ key: 'summary', title: 'Summary', prompt: 'What happened?', help: '' }],
          defaultWhyQuestions: [],
        },
      ],
    });
    expect(saved.status).toBe(200);
    // The review's own template is gone, so it falls back to the workspace's pick for SEV2.
    expect((await readReview()).template.id).toBe('payments');
  });

  it('shows new timeline events and incident changes', async () => {
    await readReview();
    const event = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:40:00Z',
      kind: 'communication',
      text: 'Status page updated: payments recovered',
      highlight: true,
    });
    expect(event.status).toBe(201);
    const review = await readReview();
    expect(review.timeline.map((e: { text: string }) => e.text)).toContain(
      'Status page updated: payments recovered',
    );
    const incident = await (await t.request('GET', `/api/v1/incidents/${key}`)).json();
    const renamed = await t.request('PATCH', `/api/v1/incidents/${key}`, {
      title: 'Card payments declined',
      version: incident.version,
    });
    expect(renamed.status).toBe(200);
    expect((await readReview()).incident.title).toBe('Card payments declined');
  });

  it('reports a deadline as missed from the first minute after it passes', async () => {
    t.clock.set('2026-03-13T09:44:30.000Z' as Instant);
    expect((await readReview()).deadlines).toEqual([]);
    t.clock.set('2026-03-13T09:46:00.000Z' as Instant);
    expect((await readReview()).deadlines.map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/^The draft was due .* and is 1 min late$/),
    ]);
  });
});
