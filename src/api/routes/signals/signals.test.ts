import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
let guarded: TestApp;
let hook: { url: string; secret: string };
beforeAll(async () => {
  t = await createTestApp();
  guarded = await createTestApp({ apiToken: 'api-token-1' });
  hook = await (await t.request('POST', '/api/v1/integrations', { source: 'generic' })).json();
});
afterAll(async () => {
  await t.dispose();
  await guarded.dispose();
});

async function send(events: Record<string, unknown>[]) {
  const body = JSON.stringify(events);
  const response = await t.request('POST', hook.url, body, {
    authorization: `Bearer ${hook.secret}`,
  });
  expect(response.status).toBe(200);
}

async function declare(services: string[]) {
  return (
    await t.request('POST', '/api/v1/incidents', {
      title: 'Slow search',
      severity: 'SEV3',
      services,
    })
  ).json();
}

describe('GET /api/v1/signals', () => {
  it('answers 401 without the API token', async () => {
    expect((await guarded.request('GET', '/api/v1/signals')).status).toBe(401);
  });

  it.each([
    [
      'source=nagios',
      'source: must be one of alertmanager, pagerduty, opsgenie, grafana, github, slack, generic',
    ],
    ['limit=0', 'limit: must be a number from 1 to 500'],
    [
      'from=2026-03-12T09:00',
      'from: "2026-03-12T09:00" has no time zone: add an offset such as Z or +02:00, or name the zone',
    ],
    ['cursor=abc', 'cursor: is not a cursor this API gave out; start again without it'],
  ])('refuses ?%s with "%s"', async (query, message) => {
    const response = await t.request('GET', `/api/v1/signals?${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(message);
  });

  it('lists signals in time order with filters and cursor pagination', async () => {
    await send(
      ['09:20', '09:05', '09:10', '09:15'].map((time, i) => ({
        id: `list-${i}`,
        at: `2026-03-12T${time}:00Z`,
        title: `Event at ${time}`,
        service: 'list-test',
      })),
    );
    const first = await (
      await t.request('GET', '/api/v1/signals?service=list-test&limit=3')
    ).json();
    expect(first.signals.map((s: { title: string }) => s.title)).toEqual([
      'Event at 09:05',
      'Event at 09:10',
      'Event at 09:15',
    ]);
    const second = await (
      await t.request('GET', `/api/v1/signals?service=list-test&limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(second.signals.map((s: { title: string }) => s.title)).toEqual(['Event at 09:20']);
    expect(second.nextCursor).toBeNull();
    const window = await (
      await t.request(
        'GET',
        '/api/v1/signals?service=list-test&from=2026-03-12T09:10:00Z&to=2026-03-12T09:20:00Z',
      )
    ).json();
    expect(window.signals.map((s: { title: string }) => s.title)).toEqual([
      'Event at 09:10',
      'Event at 09:15',
    ]);
  });
});

describe('signal suggestions', () => {
  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-999/signal-suggestions');
    expect(response.status).toBe(404);
  });

  it("suggests signals of the incident's services inside its window only", async () => {
    // The incident is declared at the test clock's 12:00; without milestones the window opens at 11:30.
    const incident = await declare(['search-suggest']);
    await send([
      { id: 's-in', at: '2026-03-12T11:45:00Z', title: 'Index lag', service: 'search-suggest' },
      { id: 's-early', at: '2026-03-12T11:00:00Z', title: 'Too early', service: 'search-suggest' },
      { id: 's-other', at: '2026-03-12T11:50:00Z', title: 'Other service', service: 'billing' },
    ]);
    const body = await (
      await t.request('GET', `/api/v1/incidents/${incident.key}/signal-suggestions`)
    ).json();
    expect(body.signals.map((s: { title: string }) => s.title)).toEqual(['Index lag']);
  });

  it('refuses an unknown decision with the allowed ones', async () => {
    const incident = await declare(['search-decide']);
    const response = await t.request(
      'POST',
      `/api/v1/incidents/${incident.key}/signal-suggestions/x`,
      { decision: 'maybe' },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('decision: must be confirm or dismiss');
  });

  it('answers 404 for an unknown signal', async () => {
    const incident = await declare(['search-decide']);
    const response = await t.request(
      'POST',
      `/api/v1/incidents/${incident.key}/signal-suggestions/0190c0de-0000-7000-8000-000000000000`,
      { decision: 'confirm' },
    );
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('SIGNAL_NOT_FOUND');
  });

  it('attaches a confirmed signal once, refuses a second attachment with 409, and forgets dismissed ones', async () => {
    const incident = await declare(['search-attach']);
    await send([
      {
        id: 'a-1',
        at: '2026-03-12T11:40:00Z',
        kind: 'alert_fired',
        title: 'Search p99 high',
        text: 'p99 3s',
        service: 'search-attach',
      },
      { id: 'a-2', at: '2026-03-12T11:41:00Z', title: 'Noise', service: 'search-attach' },
    ]);
    const path = `/api/v1/incidents/${incident.key}/signal-suggestions`;
    const [fired, noise] = (await (await t.request('GET', path)).json()).signals;

    const confirmed = await t.request('POST', `${path}/${fired.id}`, { decision: 'confirm' });
    expect(confirmed.status).toBe(201);
    expect((await confirmed.json()).event).toMatchObject({
      at: '2026-03-12T11:40:00.000Z',
      kind: 'alert',
      source: 'generic',
      text: 'Search p99 high\np99 3s',
    });
    const twice = await t.request('POST', `${path}/${fired.id}`, { decision: 'confirm' });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe('SIGNAL_ALREADY_ATTACHED');

    const dismissed = await t.request('POST', `${path}/${noise.id}`, { decision: 'dismiss' });
    expect(await dismissed.json()).toEqual({ decision: 'dismissed', event: null });
    expect((await (await t.request('GET', path)).json()).signals).toEqual([]);
    const timeline = await (
      await t.request('GET', `/api/v1/incidents/${incident.key}/events`)
    ).json();
    expect(timeline.events.map((e: { text: string }) => e.text)).toEqual([
      'Search p99 high\np99 3s',
    ]);
  });
});
