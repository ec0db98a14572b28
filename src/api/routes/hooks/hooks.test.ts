import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../../src/ingest/webhooks/test-fixtures.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

const hmacHex = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text).digest('hex');

/** The test clock reads 2026-03-12T12:00Z; Slack signatures must be within 5 minutes of it. */
const SLACK_NOW = String(Date.parse('2026-03-12T12:00:00Z') / 1000);

type Signer = (secret: string, body: string) => Record<string, string>;
const bearer: Signer = (secret) => ({ authorization: `Bearer ${secret}` });

const SOURCES: [source: string, fixture: string, sign: Signer, extra: Record<string, string>][] = [
  ['alertmanager', 'alertmanager-firing.json', bearer, {}],
  ['grafana', 'grafana-alerts.json', bearer, {}],
  ['opsgenie', 'opsgenie-create.json', bearer, {}],
  ['generic', 'generic-batch.json', bearer, {}],
  [
    'pagerduty',
    'pagerduty-triggered.json',
    (secret, body) => ({ 'x-pagerduty-signature': `v1=${hmacHex(secret, body)}` }),
    {},
  ],
  [
    'github',
    'github-deployment-status.json',
    (secret, body) => ({ 'x-hub-signature-256': `sha256=${hmacHex(secret, body)}` }),
    { 'x-github-event': 'deployment_status', 'x-github-delivery': 'd-0001' },
  ],
  [
    'slack',
    'slack-message.json',
    (secret, body) => ({
      'x-slack-request-timestamp': SLACK_NOW,
      'x-slack-signature': `v0=${hmacHex(secret, `v0:${SLACK_NOW}:${body}`)}`,
    }),
    {},
  ],
];

async function createIntegration(source: string) {
  const response = await t.request('POST', '/api/v1/integrations', { source });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; secret: string; url: string };
}

function deliver(path: string, body: string, headers: Record<string, string>) {
  return t.request('POST', path, body, headers);
}

async function signalCount(source: string): Promise<number> {
  const body = await (await t.request('GET', `/api/v1/signals?source=${source}&limit=500`)).json();
  return body.signals.length;
}

describe('POST /hooks/{integrationId}', () => {
  it.each(SOURCES)(
    '%s: refuses a wrong secret with the reason, then stores a signed delivery once however often it comes',
    async (source, fixture, sign, extra) => {
      const { url, secret } = await createIntegration(source);
      const body = readFixture(fixture);
      const forged = await deliver(url, body, { ...extra, ...sign('not-the-secret', body) });
      expect(forged.status).toBe(401);
      expect((await forged.json()).error.code).toBe('UNAUTHENTICATED');
      expect(await signalCount(source)).toBe(0);

      const first = await deliver(url, body, { ...extra, ...sign(secret, body) });
      expect(first.status).toBe(200);
      const stored = (await first.json()).stored;
      expect(stored).toBeGreaterThan(0);
      const again = await deliver(url, body, { ...extra, ...sign(secret, body) });
      expect(await again.json()).toEqual({ received: stored, stored: 0 });
      expect(await signalCount(source)).toBe(stored);
    },
  );

  it('says why a request without credentials is refused', async () => {
    const { url } = await createIntegration('alertmanager');
    const response = await deliver(url, readFixture('alertmanager-firing.json'), {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: 'authorization: header is missing' },
    });
  });

  it('refuses a correctly signed Slack delivery whose timestamp is stale', async () => {
    const { url, secret } = await createIntegration('slack');
    const body = readFixture('slack-message.json');
    const stale = String(Number(SLACK_NOW) - 6 * 60);
    const response = await deliver(url, body, {
      'x-slack-request-timestamp': stale,
      'x-slack-signature': `v0=${hmacHex(secret, `v0:${stale}:${body}`)}`,
    });
    expect(response.status).toBe(401);
    expect((await response.json()).error.message).toBe(
      'x-slack-request-timestamp: more than 5 minutes from now (replay?)',
    );
  });

  it("answers Slack's url_verification with the challenge", async () => {
    const { url, secret } = await createIntegration('slack');
    const body = readFixture('slack-url-verification.json');
    const response = await deliver(url, body, {
      'x-slack-request-timestamp': SLACK_NOW,
      'x-slack-signature': `v0=${hmacHex(secret, `v0:${SLACK_NOW}:${body}`)}`,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      challenge: JSON.parse(body).challenge,
    });
  });

  it.each([
    ['{"id": "x",', 'body: must be valid JSON'],
    ['{"id": "g-1", "at": "2026-03-12T09:15:00Z"}', 'title: is required'],
  ])('answers 400 to the malformed payload %j and stores nothing', async (body, message) => {
    const { url, secret } = await createIntegration('generic');
    const before = await signalCount('generic');
    const response = await deliver(url, body, bearer(secret, body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(message);
    expect(await signalCount('generic')).toBe(before);
  });

  it('answers 404 for an unknown or disabled integration', async () => {
    expect((await deliver('/hooks/nope', '{}', {})).status).toBe(404);
    const { id, url, secret } = await createIntegration('generic');
    expect((await t.request('DELETE', `/api/v1/integrations/${id}`)).status).toBe(204);
    const body = JSON.stringify({ id: 'after-disable', at: '2026-03-12T09:00:00Z', title: 'x' });
    const response = await deliver(url, body, bearer(secret, body));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INTEGRATION_NOT_FOUND');
  });

  it('stores concurrent duplicate deliveries once without an error', async () => {
    const { url, secret } = await createIntegration('generic');
    const body = JSON.stringify({ id: 'storm-1', at: '2026-03-12T09:00:00Z', title: 'Disk full' });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => deliver(url, body, bearer(secret, body))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const stored = await Promise.all(responses.map(async (r) => (await r.json()).stored));
    expect(stored.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('shifts signal instants by the integration clock offset', async () => {
    const { id, url, secret } = await createIntegration('generic');
    await t.request('PATCH', `/api/v1/integrations/${id}`, { clockOffsetSeconds: -90 });
    const body = JSON.stringify({
      id: 'skewed-1',
      at: '2026-03-12T09:00:00Z',
      title: 'Skewed clock',
      service: 'skew-test',
    });
    await deliver(url, body, bearer(secret, body));
    const list = await (await t.request('GET', '/api/v1/signals?service=skew-test')).json();
    expect(list.signals.map((s: { at: string }) => s.at)).toEqual(['2026-03-12T08:58:30.000Z']);
  });

  it('attaches a signal that names an existing incident to its timeline', async () => {
    const incident = await (
      await t.request('POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV2' })
    ).json();
    const { url, secret } = await createIntegration('generic');
    const body = JSON.stringify({
      id: 'page-ack-1',
      at: '2026-03-12T09:05:00Z',
      kind: 'page_acknowledged',
      title: 'Page acknowledged',
      text: 'Ana took the page',
      incident: incident.key,
      actor: 'Ana',
      url: 'https://pager.example.com/p/1',
    });
    expect(await (await deliver(url, body, bearer(secret, body))).json()).toEqual({
      received: 1,
      stored: 1,
    });
    const timeline = await (
      await t.request('GET', `/api/v1/incidents/${incident.key}/events`)
    ).json();
    expect(timeline.events).toHaveLength(1);
    expect(timeline.events[0]).toMatchObject({
      at: '2026-03-12T09:05:00.000Z',
      kind: 'action',
      source: 'generic',
      actor: 'Ana',
      text: 'Page acknowledged\nAna took the page',
      links: [{ url: 'https://pager.example.com/p/1', title: 'Page acknowledged' }],
    });
  });
});

describe('POST /hooks/{integrationId} body limit', () => {
  it('answers 413 to a body over the limit and stores nothing', async () => {
    const small = await createTestApp({ maxBodyBytes: 2048 });
    try {
      const created = await (
        await small.request('POST', '/api/v1/integrations', { source: 'generic' })
      ).json();
      const body = JSON.stringify({
        id: 'big-1',
        at: '2026-03-12T09:00:00Z',
        title: 'x',
        text: 'y'.repeat(4096),
      });
      const response = await small.request('POST', created.url, body, {
        authorization: `Bearer ${created.secret}`,
      });
      expect(response.status).toBe(413);
      expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
      const list = await (await small.request('GET', '/api/v1/signals')).json();
      expect(list.signals).toEqual([]);
    } finally {
      await small.dispose();
    }
  });
});
