import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function declare(body: Record<string, unknown> = {}) {
  const response = await t.request('POST', '/api/v1/incidents', {
    title: 'Checkout errors',
    severity: 'SEV2',
    ...body,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { key: string; version: number };
}

describe('POST /api/v1/incidents', () => {
  it('rejects a body that is not JSON with the reason', async () => {
    const response = await t.request('POST', '/api/v1/incidents', '{"title":');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_FAILED', message: 'body: must be valid JSON' },
    });
  });

  it('names the field and the allowed values when the severity is unknown', async () => {
    const response = await t.request('POST', '/api/v1/incidents', { title: 'x', severity: 'SEV9' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'severity: must be one of SEV1, SEV2, SEV3, SEV4',
    );
  });

  it('says a missing title is required', async () => {
    const response = await t.request('POST', '/api/v1/incidents', { severity: 'SEV1' });
    expect((await response.json()).error.message).toBe('title: is required');
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const response = await t.request('POST', '/api/v1/incidents', {
      title: 'x',
      severity: 'SEV1',
      sevrity: 1,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain('unknown field "sevrity"');
  });

  it('declares an incident with the next key and version 1', async () => {
    const before = await declare();
    const response = await t.request('POST', '/api/v1/incidents', {
      title: 'Search is slow',
      severity: 'SEV3',
      services: ['search', 'search'],
      tags: ['latency'],
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      key: `INC-${Number(before.key.slice(4)) + 1}`,
      version: 1,
      status: 'investigating',
      services: ['search'],
      tags: ['latency'],
    });
    expect(response.headers.get('location')).toBe(`/api/v1/incidents/${body.key}`);
  });
});

describe('GET /api/v1/incidents/{key}', () => {
  it('answers 404 with a permanent code for an unknown key', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-999999');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('returns the timeline in time order whatever order events were added in', async () => {
    const { key } = await declare();
    for (const at of [
      '2026-03-12T09:30:00Z',
      '2026-03-12T09:10:00Z',
      '2026-03-12T10:20:00+01:00',
    ]) {
      const r = await t.request('POST', `/api/v1/incidents/${key}/events`, {
        at,
        kind: 'note',
        text: `at ${at}`,
      });
      expect(r.status).toBe(201);
    }
    const body = await (await t.request('GET', `/api/v1/incidents/${key}`)).json();
    expect(body.events.map((e: { at: string }) => e.at)).toEqual([
      '2026-03-12T09:10:00.000Z',
      '2026-03-12T09:20:00.000Z',
      '2026-03-12T09:30:00.000Z',
    ]);
  });
});

describe('PATCH /api/v1/incidents/{key}', () => {
  it('requires the version so a concurrent edit cannot be overwritten', async () => {
    const { key } = await declare();
    const response = await t.request('PATCH', `/api/v1/incidents/${key}`, { title: 'New' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^version: is required/);
  });

  it('answers 409 to a stale version and keeps the newer change', async () => {
    const { key } = await declare();
    expect(
      (await t.request('PATCH', `/api/v1/incidents/${key}`, { title: 'First', version: 1 })).status,
    ).toBe(200);
    const stale = await t.request('PATCH', `/api/v1/incidents/${key}`, {
      title: 'Second',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('INCIDENT_VERSION_CONFLICT');
    expect((await (await t.request('GET', `/api/v1/incidents/${key}`)).json()).title).toBe('First');
  });

  it('accepts the version as an If-Match header', async () => {
    const { key } = await declare();
    const response = await t.request(
      'PATCH',
      `/api/v1/incidents/${key}`,
      { severity: 'SEV1' },
      { 'if-match': '"1"' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
  });

  it('records every changed field on the timeline with who changed it', async () => {
    const { key } = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, {
      severity: 'SEV1',
      status: 'mitigated',
      version: 1,
    });
    const body = await (await t.request('GET', `/api/v1/incidents/${key}`)).json();
    const changes = body.events.filter((e: { kind: string }) => e.kind === 'field_change');
    expect(changes.map((e: { text: string; actor: string }) => [e.text, e.actor])).toEqual([
      ['severity changed from SEV2 to SEV1', 'owner'],
      ['status changed from investigating to mitigated', 'owner'],
    ]);
  });

  it('refuses a status the lifecycle does not allow with 422', async () => {
    const { key } = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, { status: 'resolved', version: 1 });
    const response = await t.request('PATCH', `/api/v1/incidents/${key}`, {
      status: 'mitigated',
      version: 2,
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'status: an incident that is resolved can move to investigating, not mitigated',
    );
  });
});

describe('GET /api/v1/incidents', () => {
  it('filters by severity, service, tag and text and pages with a cursor', async () => {
    const tag = `batch-${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      await declare({
        title: `Queue backlog ${i}`,
        severity: i % 2 ? 'SEV1' : 'SEV4',
        services: ['queue'],
        tags: [tag],
      });
    }
    const first = await (
      await t.request('GET', `/api/v1/incidents?tag=${tag}&severity=SEV4&limit=2`)
    ).json();
    expect(first.incidents.map((i: { title: string }) => i.title)).toEqual([
      'Queue backlog 4',
      'Queue backlog 2',
    ]);
    const second = await (
      await t.request(
        'GET',
        `/api/v1/incidents?tag=${tag}&severity=SEV4&limit=2&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.incidents.map((i: { title: string }) => i.title)).toEqual(['Queue backlog 0']);
    expect(second.nextCursor).toBeNull();
    const text = await (
      await t.request('GET', `/api/v1/incidents?tag=${tag}&q=BACKLOG%203`)
    ).json();
    expect(text.incidents.map((i: { title: string }) => i.title)).toEqual(['Queue backlog 3']);
  });

  it('rejects a cursor it did not give out', async () => {
    const response = await t.request('GET', '/api/v1/incidents?cursor=abc');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^cursor: /);
  });
});

describe('GET /api/v1/incidents/{key} caching', () => {
  it('changes its ETag whenever the timeline changes, and never serves a stale timeline', async () => {
    const { key } = await declare();
    const first = await t.request('GET', `/api/v1/incidents/${key}`);
    expect(first.headers.get('etag')).toBe('"1.0"');
    const added = await t.request('POST', `/api/v1/incidents/${key}/events`, {
      at: '2026-03-12T09:10:00Z',
      kind: 'note',
      text: 'First responder joined',
    });
    const event = await added.json();
    const second = await t.request('GET', `/api/v1/incidents/${key}`);
    expect(second.headers.get('etag')).toBe('"1.1"');
    expect((await second.json()).events.map((e: { text: string }) => e.text)).toEqual([
      'First responder joined',
    ]);
    await t.request('PATCH', `/api/v1/incidents/${key}/events/${event.id}`, {
      text: 'First responder joined the bridge',
      version: 1,
    });
    const third = await t.request('GET', `/api/v1/incidents/${key}`);
    expect(third.headers.get('etag')).toBe('"1.2"');
    expect((await third.json()).events[0].text).toBe('First responder joined the bridge');
    await t.request('DELETE', `/api/v1/incidents/${key}/events/${event.id}`);
    const fourth = await t.request('GET', `/api/v1/incidents/${key}`);
    expect([fourth.headers.get('etag'), (await fourth.json()).events]).toEqual(['"1.3"', []]);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const { key } = await declare();
    const etag = (await t.request('GET', `/api/v1/incidents/${key}`)).headers.get('etag')!;
    const again = await t.request('GET', `/api/v1/incidents/${key}`, undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('accepts the ETag of a GET as If-Match on a write', async () => {
    const { key } = await declare();
    const etag = (await t.request('GET', `/api/v1/incidents/${key}`)).headers.get('etag')!;
    const response = await t.request(
      'PATCH',
      `/api/v1/incidents/${key}`,
      { title: 'Renamed' },
      { 'if-match': etag },
    );
    expect(response.status).toBe(200);
  });
});
