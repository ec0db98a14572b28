import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function declare(body: Record<string, unknown> = {}): Promise<string> {
  const response = await t.request('POST', '/api/v1/incidents', {
    title: 'Webhooks delayed',
    severity: 'SEV3',
    ...body,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

describe('POST /api/v1/incidents/{key}/cancel', () => {
  it('answers 401 without a token when the API requires one', async () => {
    const guarded = await createTestApp({ apiToken: 'a-long-test-token-1234' });
    try {
      const response = await guarded.request('POST', '/api/v1/incidents/INC-1/cancel');
      expect(response.status).toBe(401);
    } finally {
      await guarded.dispose();
    }
  });

  it('refuses a body with unknown fields or a bad version', async () => {
    const key = await declare();
    const unknown = await t.request('POST', `/api/v1/incidents/${key}/cancel`, { reason: 'dup' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toBe(
      'body: unknown field "reason"; check the spelling against the API description',
    );
    const version = await t.request('POST', `/api/v1/incidents/${key}/cancel`, { version: 0 });
    expect((await version.json()).error.message).toBe('version: must be at least 1');
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('POST', '/api/v1/incidents/INC-765432/cancel');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INCIDENT_NOT_FOUND');
  });

  it('answers 409 when the version given is stale', async () => {
    const key = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, { title: 'Renamed', version: 1 });
    const response = await t.request('POST', `/api/v1/incidents/${key}/cancel`, { version: 1 });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('INCIDENT_VERSION_CONFLICT');
  });

  it('cancels with an empty body and records the change on the timeline', async () => {
    const key = await declare();
    const response = await t.request('POST', `/api/v1/incidents/${key}/cancel`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(await response.json()).toMatchObject({ key, status: 'cancelled', version: 2 });
    const stored = await (await t.request('GET', `/api/v1/incidents/${key}`)).json();
    expect(stored.status).toBe('cancelled');
    expect(stored.events.map((e: { text: string }) => e.text)).toEqual([
      'status changed from investigating to cancelled',
    ]);
  });

  it('refuses to cancel twice with 422 and leaves the incident as it was', async () => {
    const key = await declare();
    expect((await t.request('POST', `/api/v1/incidents/${key}/cancel`, {})).status).toBe(200);
    const again = await t.request('POST', `/api/v1/incidents/${key}/cancel`, {});
    expect(again.status).toBe(422);
    expect(await again.json()).toEqual({
      error: {
        code: 'INVALID_TRANSITION',
        message: 'status: a cancelled incident cannot be cancelled',
      },
    });
    expect((await (await t.request('GET', `/api/v1/incidents/${key}`)).json()).version).toBe(2);
  });

  it('refuses to cancel a resolved incident with 422', async () => {
    const key = await declare();
    await t.request('PATCH', `/api/v1/incidents/${key}`, { status: 'resolved', version: 1 });
    const response = await t.request('POST', `/api/v1/incidents/${key}/cancel`);
    expect(response.status).toBe(422);
  });
});

describe('private incidents', () => {
  it('are shown to the owner in the list and by key, flagged private', async () => {
    const key = await declare({ title: 'Leaked credentials rotated', private: true });
    const one = await t.request('GET', `/api/v1/incidents/${key}`);
    expect(one.status).toBe(200);
    expect((await one.json()).private).toBe(true);
    const list = await (await t.request('GET', '/api/v1/incidents?limit=200')).json();
    expect(
      list.incidents
        .filter((i: { key: string }) => i.key === key)
        .map((i: { private: boolean }) => i.private),
    ).toEqual([true]);
  });
});
