import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { listAuditEntries } from '../../../storage/index.js';
import { declareResolvedIncident, startReviewOf } from './review-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('POST /api/v1/incidents/{key}/review', () => {
  it('names the field when an author is not a name', async () => {
    const key = await declareResolvedIncident(t);
    const response = await t.request('POST', `/api/v1/incidents/${key}/review`, { authors: [''] });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('authors.0: must not be empty');
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('POST', '/api/v1/incidents/INC-99999/review');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('answers 409 when the incident already has a review', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const again = await t.request('POST', `/api/v1/incidents/${key}/review`);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('REVIEW_ALREADY_EXISTS');
  });

  it('refuses a template the workspace does not have with 422', async () => {
    const key = await declareResolvedIncident(t);
    const response = await t.request('POST', `/api/v1/incidents/${key}/review`, {
      templateId: 'nope',
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'templateId: "nope" is not a template of this workspace; use one of default',
    );
  });

  it('starts a draft with impact from the milestones and catalog, due dates from the policy', async () => {
    await t.request('POST', '/api/v1/services', { name: 'payments', revenuePerHour: 6000 });
    const key = await declareResolvedIncident(t);
    const body = await startReviewOf(t, key);
    expect(body.review).toMatchObject({ status: 'draft', authors: ['Ana Silva'], version: 1 });
    expect(body.review.impact).toMatchObject({ durationMinutes: 30, revenuePerHour: 6000 });
    expect(body.review.whyTrees.map((tree: { question: string }) => tree.question)).toEqual([
      'Why did customers feel the impact?',
      'Why did it take as long as it did to notice?',
      'Why did it take as long as it did to recover?',
    ]);
    expect(body.dueDates).toEqual({
      draftDueAt: '2026-03-13T09:45:00.000Z',
      meetingDueAt: '2026-03-15T09:45:00.000Z',
      publishDueAt: '2026-03-17T09:45:00.000Z',
    });
    expect(body.cost.parts.lostRevenue).toBe(3000);
    expect(body.timeline.map((e: { text: string }) => e.text)).toEqual([
      'Payment error rate above 5%',
      'Rolled back the worker config',
    ]);
  });

  it('starts a review of a cancelled incident', async () => {
    const created = await (
      await t.request('POST', '/api/v1/incidents', { title: 'False alarm', severity: 'SEV4' })
    ).json();
    await t.request('POST', `/api/v1/incidents/${created.key}/cancel`);
    const response = await t.request('POST', `/api/v1/incidents/${created.key}/review`);
    expect(response.status).toBe(201);
    expect((await response.json()).dueDates).toBeNull();
  });
});

describe('GET /api/v1/incidents/{key}/review', () => {
  it('answers 404 REVIEW_NOT_FOUND before a review is started', async () => {
    const key = await declareResolvedIncident(t);
    const response = await t.request('GET', `/api/v1/incidents/${key}/review`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('REVIEW_NOT_FOUND');
  });

  it('surfaces blame in the text as lint findings and blocks readiness on them', async () => {
    const key = await declareResolvedIncident(t);
    const { review } = await startReviewOf(t, key);
    await t.request('PATCH', `/api/v1/incidents/${key}/review`, {
      version: review.version,
      summary: 'Marta Ruiz forgot to check the worker count before the change.',
    });
    const body = await (await t.request('GET', `/api/v1/incidents/${key}/review`)).json();
    const blame = body.lint.filter((f: { severity: string }) => f.severity === 'error');
    expect(blame.length).toBeGreaterThan(0);
    expect(blame[0].where.path).toBe('summary');
    expect(body.readiness).toContainEqual(blame[0]);
  });
});

describe('PATCH /api/v1/incidents/{key}/review', () => {
  it('requires the version', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/review`, { summary: 'x' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^version: is required/);
  });

  it('refuses a why-tree deeper than eight levels with a 400', async () => {
    const key = await declareResolvedIncident(t);
    const { review } = await startReviewOf(t, key);
    let node: Record<string, unknown> = { text: 'leaf' };
    for (let i = 0; i < 9; i++) node = { text: `level ${i}`, children: [node] };
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/review`, {
      version: review.version,
      whyTrees: [{ question: 'Why?', answers: [node] }],
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(
      /a why-tree may be at most 8 levels deep$/,
    );
  });

  it('answers 409 REVIEW_VERSION_CONFLICT to a stale version and keeps the newer text', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const path = `/api/v1/incidents/${key}/review`;
    expect((await t.request('PATCH', path, { summary: 'First', version: 1 })).status).toBe(200);
    const stale = await t.request('PATCH', path, { summary: 'Second', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('REVIEW_VERSION_CONFLICT');
    expect((await (await t.request('GET', path)).json()).review.summary).toBe('First');
  });

  it('refuses a factor that points at a why-node the review does not have with 422', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/review`, {
      version: 1,
      factors: [{ category: 'process', description: 'No staged rollout', whyNodeIds: ['ghost'] }],
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      `factors.0.whyNodeIds: "ghost" is not a node of this review's why-trees`,
    );
  });

  it('saves the sections with a new version and records each change in the audit log', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const response = await t.request(
      'PATCH',
      `/api/v1/incidents/${key}/review`,
      { summary: 'Payments failed for 30 minutes.', impact: { usersAffected: 1200 } },
      { 'if-match': '"1"' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    const body = await response.json();
    expect(body.review.impact.usersAffected).toBe(1200);
    const all = await listAuditEntries(t.database.db, t.ctx.workspace.id, { entity: 'review' });
    const reviewId = all.find(
      (entry) =>
        entry.action === 'create' && (entry.newValue as { incident: string }).incident === key,
    )?.entityId;
    const audit = all.filter((entry) => entry.entityId === reviewId);
    expect(audit.map((entry) => [entry.action, entry.field, entry.actor]).sort()).toEqual([
      ['create', null, 'owner'],
      ['update', 'impact', 'owner'],
      ['update', 'summary', 'owner'],
    ]);
  });

  it('refuses edits to a published review until it is reopened', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    await t.request('POST', `/api/v1/incidents/${key}/review/submit`);
    const published = await t.request('POST', `/api/v1/incidents/${key}/review/publish`, {
      override: { reason: 'Testing the edit rule' },
    });
    expect(published.status).toBe(200);
    const path = `/api/v1/incidents/${key}/review`;
    const version = (await (await t.request('GET', path)).json()).review.version;
    const refused = await t.request('PATCH', path, { summary: 'Late edit', version });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toBe(
      'status: the review is published; reopen it (POST …/review/reopen) before editing',
    );
    const reopened = await t.request('POST', `${path}/reopen`);
    expect(reopened.status).toBe(200);
    const draft = (await reopened.json()).review;
    expect([draft.status, draft.publishedAt, draft.publishOverride]).toEqual(['draft', null, null]);
    const edited = await t.request('PATCH', path, { summary: 'Late edit', version: draft.version });
    expect(edited.status).toBe(200);
  });
});

describe('review transitions', () => {
  it('refuses to submit without reviewers with 422', async () => {
    const key = await declareResolvedIncident(t);
    await t.request('POST', `/api/v1/incidents/${key}/review`);
    const response = await t.request('POST', `/api/v1/incidents/${key}/review/submit`);
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'status: Add at least one reviewer before submitting',
    );
  });

  it('refuses approval of a draft as an invalid transition', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const response = await t.request('POST', `/api/v1/incidents/${key}/review/approve`);
    expect(response.status).toBe(422);
    expect((await response.json()).error).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'status: Cannot approve a review that is draft; it must be in_review',
    });
  });

  it('requires a comment to request changes', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const response = await t.request('POST', `/api/v1/incidents/${key}/review/request-changes`, {});
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('comment: is required');
  });

  it('answers 409 to a transition based on a stale version', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    await t.request('PATCH', `/api/v1/incidents/${key}/review`, { summary: 'x', version: 1 });
    const response = await t.request('POST', `/api/v1/incidents/${key}/review/submit`, {
      version: 1,
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('REVIEW_VERSION_CONFLICT');
  });
});

describe('GET /api/v1/reviews', () => {
  it('rejects an unknown status', async () => {
    const response = await t.request('GET', '/api/v1/reviews?status=done');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'status.0: must be one of draft, in_review, approved, published',
    );
  });

  it('lists drafts when asked for drafts', async () => {
    const key = await declareResolvedIncident(t);
    await startReviewOf(t, key);
    const body = await (await t.request('GET', '/api/v1/reviews?status=draft')).json();
    expect(body.reviews.map((r: { incidentKey: string }) => r.incidentKey)).toContain(key);
  });
});
