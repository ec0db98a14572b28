import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { listAuditEntries } from '../../../storage/index.js';
import {
  declareResolvedIncident,
  READY_ACTION_ITEM,
  readySections,
  startReviewOf,
} from './review-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('a review from declaration to the library', () => {
  it('goes through readiness, approval, publication and a scheduled follow-up', async () => {
    const key = await declareResolvedIncident(t);
    const started = await startReviewOf(t, key);
    expect(started.ready).toBe(false);
    expect(started.readiness.map((f: { rule: string }) => f.rule)).toContain(
      'readiness-no-systemic-root-cause',
    );

    const item = await (
      await t.request('POST', `/api/v1/incidents/${key}/review/action-items`, READY_ACTION_ITEM)
    ).json();
    const edited = await t.request(
      'PATCH',
      `/api/v1/incidents/${key}/review`,
      readySections(item.id, started.review.version),
    );
    expect(edited.status).toBe(200);
    const ready = await (
      await t.request('GET', `/api/v1/incidents/${key}/review/readiness`)
    ).json();
    expect(ready.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(ready.ready).toBe(true);

    const submitted = await t.request('POST', `/api/v1/incidents/${key}/review/submit`);
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).review.status).toBe('in_review');
    const approved = await t.request('POST', `/api/v1/incidents/${key}/review/approve`, {
      comment: 'Clear and specific',
    });
    expect(approved.status).toBe(200);
    expect((await approved.json()).review.status).toBe('approved');
    const published = await t.request('POST', `/api/v1/incidents/${key}/review/publish`);
    expect(published.status).toBe(200);
    const body = await published.json();
    expect(body.review.status).toBe('published');
    expect(body.review.followUp.items.map((i: { actionItemId: string }) => i.actionItemId)).toEqual(
      [item.id],
    );
    expect(body.review.followUp.dueAt.slice(0, 10)).toBe('2026-04-11');

    const library = await (await t.request('GET', '/api/v1/reviews?status=published')).json();
    expect(library.reviews).toContainEqual({
      incidentKey: key,
      title: 'Card payments failing',
      severity: 'SEV2',
      services: ['payments'],
      status: 'published',
      publishedAt: body.review.publishedAt,
      updatedAt: body.review.updatedAt,
    });

    const followUp = await t.request('POST', `/api/v1/incidents/${key}/review/follow-up`, {
      answers: [
        { actionItemId: item.id, verified: true, effective: true, note: 'Held in a drill' },
      ],
      recurred: { recurred: false, incidentKeys: [] },
    });
    expect(followUp.status).toBe(200);
    expect((await followUp.json()).review.followUp.completedBy).toBe('owner');
  });

  it('refuses to publish without approval unless an admin overrides with a reason, which is recorded', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    expect((await t.request('POST', `/api/v1/incidents/${key}/review/submit`)).status).toBe(200);

    const approve = await t.request('POST', `/api/v1/incidents/${key}/review/approve`);
    expect(approve.status).toBe(422);
    const error = (await approve.json()).error;
    expect(error.code).toBe('REVIEW_NOT_READY');
    expect(error.message).toMatch(
      /^readiness: the review cannot be approved until \d+ problems are fixed: /,
    );
    expect(error.message).toContain('[readiness-no-systemic-root-cause]');

    const missingReason = await t.request('POST', `/api/v1/incidents/${key}/review/publish`, {
      override: {},
    });
    expect(missingReason.status).toBe(400);
    expect((await missingReason.json()).error.message).toBe('override.reason: is required');

    const overridden = await t.request('POST', `/api/v1/incidents/${key}/review/publish`, {
      override: { reason: 'Regulator asked for the review today' },
    });
    expect(overridden.status).toBe(200);
    const review = (await overridden.json()).review;
    expect(review.status).toBe('published');
    expect(review.publishOverride).toMatchObject({
      by: 'owner',
      reason: 'Regulator asked for the review today',
    });
    const audit = await listAuditEntries(t.database.db, t.ctx.workspace.id, { entity: 'review' });
    expect(audit.filter((e) => e.field === 'publishOverride').map((e) => e.newValue)).toEqual([
      expect.objectContaining({ reason: 'Regulator asked for the review today' }),
    ]);
  });
});
