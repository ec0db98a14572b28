import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { listAuditEntries } from '../../../storage/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

interface EventBody {
  id: string;
  at: string;
  sourceZone: string;
  kind: string;
  text: string;
  highlight: boolean;
  links: { url: string; title?: string }[];
  version: number;
}

async function declare(): Promise<string> {
  const response = await t.request('POST', '/api/v1/incidents', {
    title: 'Payments time out',
    severity: 'SEV2',
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

async function addEvent(key: string, body: Record<string, unknown> = {}): Promise<EventBody> {
  const response = await t.request('POST', `/api/v1/incidents/${key}/events`, {
    at: '2026-03-12T09:15:00Z',
    kind: 'note',
    text: 'Error rate on the payment gateway rose to 4%',
    ...body,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as EventBody;
}

async function timelineOf(key: string): Promise<EventBody[]> {
  const response = await t.request('GET', `/api/v1/incidents/${key}/events`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: EventBody[] }).events;
}

describe('POST /api/v1/incidents/{key}/events', () => {
  it('answers 401 without a token when the API requires one', async () => {
    const guarded = await createTestApp({ apiToken: 'a-long-test-token-1234' });
    try {
      const response = await guarded.request('POST', '/api/v1/incidents/INC-1/events', {
        at: '2026-03-12T09:15:00Z',
        kind: 'note',
        text: 'x',
      });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
    } finally {
      await guarded.dispose();
    }
  });

  it('rejects a time without an offset and says how to fix it', async () => {
    const key = await declare();
    const response = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:15:00',
      kind: 'note',
      text: 'x',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message:
          'at: "2026-03-12T09:15:00" has no time zone: add an offset such as Z or +02:00, or name the zone',
      },
    });
  });

  it('refuses field_change as a kind, since only the system records field changes', async () => {
    const key = await declare();
    const response = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:15:00Z',
      kind: 'field_change',
      text: 'x',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'kind: must be one of alert, metric, impact, action, decision, communication, deploy, external, note',
    );
  });

  it('rejects an empty text and a link that is not http(s)', async () => {
    const key = await declare();
    const empty = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:15:00Z',
      kind: 'note',
      text: '   ',
    });
    expect((await empty.json()).error.message).toBe('text: must not be empty');
    const link = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:15:00Z',
      kind: 'note',
      text: 'x',
      links: [{ url: 'ftp://example.com/dump' }],
    });
    expect((await link.json()).error.message).toBe('links.0.url: must be an http(s) URL');
  });

  it('answers 404 INCIDENT_NOT_FOUND for an unknown incident', async () => {
    const response = await t.request('POST', '/api/v1/incidents/INC-987654/events', {
      at: '2026-03-12T09:15:00Z',
      kind: 'note',
      text: 'x',
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('stores the instant in UTC and keeps the offset it was written in as the zone', async () => {
    const key = await declare();
    const event = await addEvent(key, { at: '2026-03-12T10:15:00+01:00' });
    expect(event).toMatchObject({
      at: '2026-03-12T09:15:00.000Z',
      sourceZone: '+01:00',
      kind: 'note',
      highlight: false,
      links: [],
      version: 1,
    });
  });

  it('keeps a named zone over the offset, and reads Z as UTC', async () => {
    const key = await declare();
    const named = await addEvent(key, { at: '2026-07-01T14:00:00+02:00', zone: 'Europe/Paris' });
    expect(named.sourceZone).toBe('Europe/Paris');
    const utc = await addEvent(key, { at: '2026-07-01T12:00:00Z' });
    expect(utc.sourceZone).toBe('UTC');
  });

  it('persists highlight, links and actor exactly as given', async () => {
    const key = await declare();
    const created = await addEvent(key, {
      kind: 'deploy',
      highlight: true,
      actor: 'release bot',
      links: [{ url: 'https://ci.example.com/runs/881', title: 'Deploy run' }],
    });
    const [stored] = await timelineOf(key);
    expect(stored).toEqual(created);
    expect(stored).toMatchObject({
      kind: 'deploy',
      highlight: true,
      actor: 'release bot',
      links: [{ url: 'https://ci.example.com/runs/881', title: 'Deploy run' }],
    });
  });
});

describe('GET /api/v1/incidents/{key}/events', () => {
  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-987654/events');
    expect(response.status).toBe(404);
  });

  it('lists events oldest first, and same-instant events in the order they were added', async () => {
    const key = await declare();
    await addEvent(key, { at: '2026-03-12T09:40:00Z', text: 'third' });
    await addEvent(key, { at: '2026-03-12T09:00:00Z', text: 'first' });
    await addEvent(key, { at: '2026-03-12T09:20:00Z', text: 'second (a)' });
    await addEvent(key, { at: '2026-03-12T10:20:00+01:00', text: 'second (b)' });
    expect((await timelineOf(key)).map((e) => e.text)).toEqual([
      'first',
      'second (a)',
      'second (b)',
      'third',
    ]);
  });
});

describe('PATCH /api/v1/incidents/{key}/events/{id}', () => {
  it('requires the version', async () => {
    const key = await declare();
    const event = await addEvent(key);
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/events/${event.id}`, {
      text: 'changed',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('version: is required');
  });

  it('answers 404 EVENT_NOT_FOUND for an event of another incident', async () => {
    const key = await declare();
    const other = await declare();
    const event = await addEvent(other);
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/events/${event.id}`, {
      text: 'changed',
      version: 1,
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toEqual({
      code: 'EVENT_NOT_FOUND',
      message: `event ${event.id} is not on the timeline of ${key}`,
    });
  });

  it('edits text, time and highlight, bumps the version and reorders the timeline', async () => {
    const key = await declare();
    const early = await addEvent(key, { at: '2026-03-12T09:00:00Z', text: 'early' });
    await addEvent(key, { at: '2026-03-12T09:30:00Z', text: 'late' });
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/events/${early.id}`, {
      at: '2026-03-12T11:45:00+02:00',
      text: 'moved',
      highlight: true,
      version: 1,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(await response.json()).toMatchObject({
      at: '2026-03-12T09:45:00.000Z',
      sourceZone: '+02:00',
      text: 'moved',
      highlight: true,
      version: 2,
    });
    expect((await timelineOf(key)).map((e) => [e.text, e.highlight])).toEqual([
      ['late', false],
      ['moved', true],
    ]);
  });

  it('answers 409 EVENT_VERSION_CONFLICT to a stale version and keeps the newer text', async () => {
    const key = await declare();
    const event = await addEvent(key);
    const path = `/api/v1/incidents/${key}/events/${event.id}`;
    expect((await t.request('PATCH', path, { text: 'first edit', version: 1 })).status).toBe(200);
    const stale = await t.request('PATCH', path, { text: 'second edit', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toEqual({
      code: 'EVENT_VERSION_CONFLICT',
      message: `version: event ${event.id} is at version 2, not 1; reload it and apply your change again`,
    });
    expect((await timelineOf(key))[0]?.text).toBe('first edit');
  });

  it('refuses to edit a recorded field change with 422', async () => {
    const key = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, { severity: 'SEV1', version: 1 });
    const [change] = await timelineOf(key);
    expect(change?.kind).toBe('field_change');
    const response = await t.request('PATCH', `/api/v1/incidents/${key}/events/${change?.id}`, {
      text: 'rewritten history',
      version: 1,
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error).toEqual({
      code: 'RULE_VIOLATION',
      message: 'kind: recorded field changes are history and cannot be edited',
    });
  });
});

describe('DELETE /api/v1/incidents/{key}/events/{id}', () => {
  it('answers 404 for an unknown event id', async () => {
    const key = await declare();
    const response = await t.request('DELETE', `/api/v1/incidents/${key}/events/no-such-event`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('EVENT_NOT_FOUND');
  });

  it('answers 409 when the version given in the query is stale', async () => {
    const key = await declare();
    const event = await addEvent(key);
    await t.request('PATCH', `/api/v1/incidents/${key}/events/${event.id}`, {
      text: 'edited',
      version: 1,
    });
    const response = await t.request(
      'DELETE',
      `/api/v1/incidents/${key}/events/${event.id}?version=1`,
    );
    expect(response.status).toBe(409);
    expect(await timelineOf(key)).toHaveLength(1);
  });

  it('refuses to delete a recorded field change with 422', async () => {
    const key = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, { title: 'Renamed', version: 1 });
    const [change] = await timelineOf(key);
    const response = await t.request('DELETE', `/api/v1/incidents/${key}/events/${change?.id}`);
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'kind: recorded field changes are history and cannot be deleted',
    );
  });

  it('removes the event and records the deletion in the audit log', async () => {
    const key = await declare();
    const event = await addEvent(key, { text: 'Posted to the status page' });
    const response = await t.request(
      'DELETE',
      `/api/v1/incidents/${key}/events/${event.id}`,
      undefined,
      { 'if-match': '"1"' },
    );
    expect(response.status).toBe(204);
    expect(await timelineOf(key)).toEqual([]);
    const audit = await listAuditEntries(t.database.db, t.ctx.workspace.id, {
      entity: 'timeline_event',
      entityId: event.id,
    });
    const recorded = {
      at: '2026-03-12T09:15:00.000Z',
      kind: 'note',
      text: 'Posted to the status page',
    };
    expect(audit.map((e) => [e.action, e.actor, e.oldValue, e.newValue])).toEqual([
      ['create', 'owner', null, recorded],
      ['delete', 'owner', recorded, null],
    ]);
  });
});
