import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePayload } from '../../../../src/ingest/webhooks/test-fixtures.js';
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

  it('infers acknowledgement and resolution from the PagerDuty ack and cleared alert attached by webhook', async () => {
    const created = await t.request('POST', '/api/v1/incidents', {
      title: 'Checkout latency',
      severity: 'SEV2',
    });
    const { key } = await created.json();
    for (const event of [
      { at: '2026-03-12T09:15:00Z', kind: 'alert', text: 'Checkout latency alert firing' },
      { at: '2026-03-12T09:18:00Z', kind: 'action', text: 'Restarted the checkout pods' },
    ]) {
      expect((await t.request('POST', `/api/v1/incidents/${key}/events`, event)).status).toBe(201);
    }

    const pagerduty = await (
      await t.request('POST', '/api/v1/integrations', { source: 'pagerduty' })
    ).json();
    const ack = fixturePayload('pagerduty-acknowledged.json') as {
      event: { data: { title: string } };
    };
    ack.event.data.title = `${key}: checkout latency over SLO`;
    const ackBody = JSON.stringify(ack);
    const signature = createHmac('sha256', pagerduty.secret).update(ackBody).digest('hex');
    const delivered = await t.request('POST', pagerduty.url, ackBody, {
      'x-pagerduty-signature': `v1=${signature}`,
    });
    expect(await delivered.json()).toEqual({ received: 1, stored: 1 });

    const alertmanager = await (
      await t.request('POST', '/api/v1/integrations', { source: 'alertmanager' })
    ).json();
    const cleared = fixturePayload('alertmanager-resolved.json') as {
      alerts: { annotations: { description: string } }[];
    };
    cleared.alerts[0]!.annotations.description = `Tracked in ${key}; p99 is back under the SLO.`;
    const clearedBody = JSON.stringify(cleared);
    const clearedResponse = await t.request('POST', alertmanager.url, clearedBody, {
      authorization: `Bearer ${alertmanager.secret}`,
    });
    expect(await clearedResponse.json()).toEqual({ received: 1, stored: 1 });

    const { events } = await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json();
    const idFrom = (source: string) =>
      events.find((e: { source: string }) => e.source === source).id;
    const body = await (await t.request('GET', `/api/v1/incidents/${key}/analysis`)).json();
    expect(body.milestones.acknowledged).toEqual({
      at: '2026-03-12T09:21:40.000Z',
      inferred: true,
      sourceEventId: idFrom('pagerduty'),
    });
    expect(body.milestones.resolved).toEqual({
      at: '2026-03-12T09:52:10.000Z',
      inferred: true,
      sourceEventId: idFrom('alertmanager'),
    });
    expect(body.durations.timeToAcknowledge).toBe(400);
  });
});
