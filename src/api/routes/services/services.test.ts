import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { listAuditEntries } from '../../../storage/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function auditOf(name: string) {
  const entries = await listAuditEntries(t.database.db, t.ctx.workspace.id, { entity: 'service' });
  const created = entries.find(
    (e) => e.action === 'create' && (e.newValue as { name: string }).name === name,
  );
  return entries.filter((e) => e.entityId === created?.entityId);
}

let counter = 0;
async function addService(body: Record<string, unknown> = {}) {
  counter += 1;
  const response = await t.request('POST', '/api/v1/services', {
    name: `billing-${counter}`,
    ...body,
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { name: string; version: number };
}

describe('POST /api/v1/services', () => {
  it('answers 401 without a token when the API requires one', async () => {
    const guarded = await createTestApp({ apiToken: 'a-long-test-token-1234' });
    try {
      const response = await guarded.request('POST', '/api/v1/services', { name: 'x' });
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
    } finally {
      await guarded.dispose();
    }
  });

  it.each([
    [{ name: 'a', sloTarget: 1 }, 'sloTarget: must be a fraction below 1, such as 0.999'],
    [{ name: 'a', sloTarget: 0 }, 'sloTarget: must be a fraction above 0, such as 0.999'],
    [{ name: 'a', sloTarget: '99.9%' }, 'sloTarget: must be a fraction such as 0.999'],
    [{ name: 'a', sloWindowDays: 0 }, 'sloWindowDays: must be at least 1 day'],
    [{ name: 'a', sloWindowDays: 400 }, 'sloWindowDays: must be at most 366 days'],
    [{ name: 'a', sloWindowDays: 7.5 }, 'sloWindowDays: must be a whole number of days'],
    [{ name: 'a', revenuePerHour: -1 }, 'revenuePerHour: must not be negative'],
    [{ name: '' }, 'name: must not be empty'],
    [{ name: 'x'.repeat(101) }, 'name: must be at most 100 characters'],
    [{}, 'name: is required'],
  ])('rejects %j with "%s"', async (body, message) => {
    const response = await t.request('POST', '/api/v1/services', body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message } });
  });

  it('accepts SLO targets just inside the bounds', async () => {
    const low = await addService({ sloTarget: 0.0001 });
    const high = await addService({ sloTarget: 0.99999 });
    expect([low, high].map((s) => (s as unknown as { sloTarget: number }).sloTarget)).toEqual([
      0.0001, 0.99999,
    ]);
  });

  it('answers 409 SERVICE_NAME_TAKEN for a duplicate name', async () => {
    const { name } = await addService();
    const response = await t.request('POST', '/api/v1/services', { name });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'SERVICE_NAME_TAKEN',
        message: `name: a service named "${name}" already exists`,
      },
    });
  });

  it('adds a service with defaults and keeps it in the catalog', async () => {
    const response = await t.request('POST', '/api/v1/services', {
      name: 'checkout-api',
      owningTeam: 'Payments',
      sloTarget: 0.999,
      revenuePerHour: 12000,
      tags: ['tier-1', 'tier-1', 'eu'],
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const created = await response.json();
    expect(created).toMatchObject({
      name: 'checkout-api',
      owningTeam: 'Payments',
      sloTarget: 0.999,
      sloWindowDays: 30,
      revenuePerHour: 12000,
      tags: ['tier-1', 'eu'],
      version: 1,
    });
    expect(await (await t.request('GET', '/api/v1/services/checkout-api')).json()).toEqual(created);
    const list = await (await t.request('GET', '/api/v1/services')).json();
    const names = list.services.map((s: { name: string }) => s.name);
    expect(names).toContain('checkout-api');
    expect(names).toEqual([...names].sort());
  });
});

describe('GET /api/v1/services/{name}', () => {
  it('answers 404 SERVICE_NOT_FOUND for a name not in the catalog', async () => {
    const response = await t.request('GET', '/api/v1/services/no-such-service');
    expect(response.status).toBe(404);
    expect((await response.json()).error).toEqual({
      code: 'SERVICE_NOT_FOUND',
      message: 'service "no-such-service" is not in the catalog',
    });
  });
});

describe('PATCH /api/v1/services/{name}', () => {
  it('requires the version', async () => {
    const { name } = await addService();
    const response = await t.request('PATCH', `/api/v1/services/${name}`, { owningTeam: 'Core' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^version: is required/);
  });

  it('answers 404 for an unknown service', async () => {
    const response = await t.request('PATCH', '/api/v1/services/no-such-service', {
      owningTeam: 'Core',
      version: 1,
    });
    expect(response.status).toBe(404);
  });

  it('answers 409 SERVICE_VERSION_CONFLICT to a stale version', async () => {
    const { name } = await addService();
    await t.request('PATCH', `/api/v1/services/${name}`, { owningTeam: 'Core', version: 1 });
    const response = await t.request('PATCH', `/api/v1/services/${name}`, {
      owningTeam: 'Edge',
      version: 1,
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('SERVICE_VERSION_CONFLICT');
  });

  it('refuses a rename onto a name already taken', async () => {
    const first = await addService();
    const second = await addService();
    const response = await t.request('PATCH', `/api/v1/services/${second.name}`, {
      name: first.name,
      version: 1,
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error.code).toBe('SERVICE_NAME_TAKEN');
  });

  it('edits with If-Match, bumps the version and audits each changed field', async () => {
    const { name } = await addService({ sloTarget: 0.99 });
    const response = await t.request(
      'PATCH',
      `/api/v1/services/${name}`,
      { sloTarget: 0.995, owningTeam: 'Reliability' },
      { 'if-match': '"1"' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(await response.json()).toMatchObject({
      sloTarget: 0.995,
      owningTeam: 'Reliability',
      version: 2,
    });
    expect((await auditOf(name)).map((e) => [e.action, e.field, e.oldValue, e.newValue])).toEqual([
      ['create', null, null, expect.objectContaining({ name, sloTarget: 0.99 })],
      ['update', 'owningTeam', null, 'Reliability'],
      ['update', 'sloTarget', 0.99, 0.995],
    ]);
  });
});

describe('DELETE /api/v1/services/{name}', () => {
  it('answers 404 for an unknown service', async () => {
    const response = await t.request('DELETE', '/api/v1/services/no-such-service');
    expect(response.status).toBe(404);
  });

  it('removes the service from the catalog', async () => {
    const { name } = await addService();
    expect((await t.request('DELETE', `/api/v1/services/${name}`)).status).toBe(204);
    expect((await t.request('GET', `/api/v1/services/${name}`)).status).toBe(404);
    expect((await auditOf(name)).map((e) => [e.action, e.oldValue, e.newValue])).toEqual([
      ['create', null, expect.objectContaining({ name })],
      ['delete', expect.objectContaining({ name }), null],
    ]);
  });
});
