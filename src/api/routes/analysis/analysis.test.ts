import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { declareResolvedIncident } from '../reviews/review-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('GET /api/v1/incidents/{key}/analysis', () => {
  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-4242/analysis');
    expect(response.status).toBe(404);
  });

  it('infers milestones from the timeline with their source event and reports gaps', async () => {
    const key = await declareResolvedIncident(t);
    const events = (await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json())
      .events;
    const body = await (await t.request('GET', `/api/v1/incidents/${key}/analysis`)).json();
    const alert = events.find((e: { kind: string }) => e.kind === 'alert');
    expect(body.milestones.detected).toEqual({
      at: '2026-03-12T09:04:00.000Z',
      inferred: true,
      sourceEventId: alert.id,
    });
    expect(body.milestones.resolved).toEqual({
      at: '2026-03-12T09:45:00.000Z',
      inferred: false,
      sourceEventId: null,
    });
    expect(body.durations.timeToDetect).toBe(240);
    expect(body.severity).toBe('SEV2');
    expect(body.gaps.map((g: { phase: string }) => g.phase)).toEqual([]);
  });

  it('uses the workspace policy for the severity, so a stricter threshold reports a gap', async () => {
    const key = await declareResolvedIncident(t, { severity: 'SEV3' });
    const put = await t.request('PUT', '/api/v1/policies/SEV3', {
      overrides: { gapThresholdsSeconds: { detection: 60 } },
    });
    expect(put.status).toBe(200);
    const body = await (await t.request('GET', `/api/v1/incidents/${key}/analysis`)).json();
    expect(body.gaps.map((g: { phase: string; seconds: number }) => [g.phase, g.seconds])).toEqual([
      ['detection', 240],
    ]);
  });
});
