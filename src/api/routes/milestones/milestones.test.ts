import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function declare(): Promise<string> {
  const response = await t.request('POST', '/api/v1/incidents', {
    title: 'Login page blank',
    severity: 'SEV1',
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

function putMilestones(key: string, body: Record<string, unknown>) {
  return t.request('PUT', `/api/v1/incidents/${key}/milestones`, body);
}

async function metricsOf(key: string) {
  const response = await t.request('GET', `/api/v1/incidents/${key}/metrics`);
  expect(response.status).toBe(200);
  return response.json();
}

describe('PUT /api/v1/incidents/{key}/milestones', () => {
  it('answers 401 without a token when the API requires one', async () => {
    const guarded = await createTestApp({ apiToken: 'a-long-test-token-1234' });
    try {
      const response = await guarded.request('PUT', '/api/v1/incidents/INC-1/milestones', {});
      expect(response.status).toBe(401);
    } finally {
      await guarded.dispose();
    }
  });

  it('refuses a milestone name it does not know', async () => {
    const key = await declare();
    const response = await putMilestones(key, { fixed: '2026-03-12T09:00:00Z' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'body: unknown field "fixed"; check the spelling against the API description',
      },
    });
  });

  it('refuses an impossible date with the field named', async () => {
    const key = await declare();
    const response = await putMilestones(key, { detected: '2026-02-30T09:00:00Z' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'detected: "2026-02-30T09:00:00Z" is not a real calendar date and time',
    );
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await putMilestones('INC-876543', { detected: '2026-03-12T09:00:00Z' });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('answers 409 to a stale version', async () => {
    const key = await declare();
    await putMilestones(key, { detected: '2026-03-12T09:00:00Z' });
    const response = await putMilestones(key, { detected: '2026-03-12T09:05:00Z', version: 1 });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('INCIDENT_VERSION_CONFLICT');
  });

  it('sets milestones in UTC, keeps those not named, and clears one with null', async () => {
    const key = await declare();
    const first = await putMilestones(key, {
      impactStarted: '2026-03-12T10:00:00+01:00',
      detected: '2026-03-12T09:04:00Z',
    });
    expect(first.status).toBe(200);
    const second = await putMilestones(key, { mitigated: '2026-03-12T09:30:00Z', detected: null });
    const body = await second.json();
    expect(body.findings).toEqual([]);
    expect(body.incident.version).toBe(3);
    expect(body.incident.milestones).toEqual({
      impactStarted: '2026-03-12T09:00:00.000Z',
      detected: null,
      acknowledged: null,
      mitigated: '2026-03-12T09:30:00.000Z',
      resolved: null,
      customersNotified: null,
    });
  });

  it('accepts out-of-order milestones and reports each broken pair as a finding', async () => {
    const key = await declare();
    const response = await putMilestones(key, {
      impactStarted: '2026-03-12T09:10:00Z',
      detected: '2026-03-12T09:00:00Z',
    });
    expect(response.status).toBe(200);
    expect((await response.json()).findings).toEqual([
      {
        rule: 'milestone-order',
        severity: 'error',
        message:
          'detected (2026-03-12T09:00:00.000Z) is before impactStarted (2026-03-12T09:10:00.000Z)',
        where: { path: 'milestones.detected' },
        suggestion: 'Check both times and their zones; impactStarted must come first.',
      },
    ]);
    expect((await metricsOf(key)).findings.map((f: { rule: string }) => f.rule)).toEqual([
      'milestone-order',
    ]);
  });

  it('records each milestone change on the timeline as a field change', async () => {
    const key = await declare();
    await putMilestones(key, { detected: '2026-03-12T09:00:00Z' });
    await putMilestones(key, { detected: null });
    const events = (await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json())
      .events as { kind: string; text: string; change: unknown }[];
    expect(events.map((e) => [e.kind, e.text, e.change])).toEqual([
      [
        'field_change',
        'milestones.detected changed from nothing to 2026-03-12T09:00:00.000Z',
        { field: 'milestones.detected', from: null, to: '2026-03-12T09:00:00.000Z' },
      ],
      [
        'field_change',
        'milestones.detected changed from 2026-03-12T09:00:00.000Z to nothing',
        { field: 'milestones.detected', from: '2026-03-12T09:00:00.000Z', to: null },
      ],
    ]);
  });
});

describe('GET /api/v1/incidents/{key}/metrics', () => {
  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-876543/metrics');
    expect(response.status).toBe(404);
  });

  it('gives every duration as null while no milestone is set', async () => {
    const key = await declare();
    const metrics = await metricsOf(key);
    expect(metrics.durations).toEqual({
      timeToDetect: null,
      timeToAcknowledge: null,
      timeToMitigate: null,
      timeToResolve: null,
      communicationDelay: null,
    });
    expect(metrics.findings).toEqual([]);
  });

  it('computes durations in seconds from the milestones, with their definitions', async () => {
    const key = await declare();
    await putMilestones(key, {
      impactStarted: '2026-03-12T09:00:00Z',
      detected: '2026-03-12T09:04:30Z',
      acknowledged: '2026-03-12T09:06:00Z',
      mitigated: '2026-03-12T09:45:00Z',
      customersNotified: '2026-03-12T09:20:00Z',
    });
    const metrics = await metricsOf(key);
    expect(metrics.durations).toEqual({
      timeToDetect: 270,
      timeToAcknowledge: 90,
      timeToMitigate: 2700,
      timeToResolve: null,
      communicationDelay: 930,
    });
    expect(metrics.definitions.timeToDetect).toBe('detected − impact started, in seconds');
  });
});
