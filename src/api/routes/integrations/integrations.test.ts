import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
let guarded: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  guarded = await createTestApp({ apiToken: 'api-token-1' });
});
afterAll(async () => {
  await t.dispose();
  await guarded.dispose();
});

describe('POST /api/v1/integrations', () => {
  it('answers 401 without the API token', async () => {
    const response = await guarded.request('POST', '/api/v1/integrations', { source: 'github' });
    expect(response.status).toBe(401);
  });

  it.each([
    [
      {},
      'source: must be one of alertmanager, pagerduty, opsgenie, grafana, github, slack, generic',
    ],
    [
      { source: 'nagios' },
      'source: must be one of alertmanager, pagerduty, opsgenie, grafana, github, slack, generic',
    ],
    [{ source: 'github', name: '' }, 'name: must not be empty'],
    [{ source: 'github', secret: 'mine' }, 'body: unknown field "secret"'],
  ])('refuses %j with "%s"', async (body, message) => {
    const response = await t.request('POST', '/api/v1/integrations', body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain(message);
  });

  it('creates an integration with its hook path and a random 32-byte secret', async () => {
    const response = await t.request('POST', '/api/v1/integrations', {
      source: 'pagerduty',
      name: 'PagerDuty prod',
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      source: 'pagerduty',
      name: 'PagerDuty prod',
      url: `/hooks/${body.id}`,
      enabled: true,
      clockOffsetSeconds: 0,
    });
    expect(Buffer.from(body.secret, 'base64url')).toHaveLength(32);
    const other = await (
      await t.request('POST', '/api/v1/integrations', { source: 'pagerduty' })
    ).json();
    expect(other.secret).not.toBe(body.secret);
    expect(other.name).toBe('pagerduty');
  });
});

describe('GET /api/v1/integrations', () => {
  it('lists integrations without their secrets', async () => {
    const created = await (
      await t.request('POST', '/api/v1/integrations', { source: 'slack' })
    ).json();
    const list = await (await t.request('GET', '/api/v1/integrations')).json();
    const listed = list.integrations.find((i: { id: string }) => i.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      source: 'slack',
      name: 'slack',
      url: created.url,
      enabled: true,
      clockOffsetSeconds: 0,
      createdAt: created.createdAt,
    });
    expect(JSON.stringify(list)).not.toContain(created.secret);
  });
});

describe('PATCH and DELETE /api/v1/integrations/{id}', () => {
  it('answers 404 for an unknown integration', async () => {
    const response = await t.request('PATCH', '/api/v1/integrations/nope', {
      clockOffsetSeconds: 5,
    });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('INTEGRATION_NOT_FOUND');
    expect((await t.request('DELETE', '/api/v1/integrations/nope')).status).toBe(404);
  });

  it('refuses an offset over a day', async () => {
    const { id } = await (
      await t.request('POST', '/api/v1/integrations', { source: 'github' })
    ).json();
    const response = await t.request('PATCH', `/api/v1/integrations/${id}`, {
      clockOffsetSeconds: 90_000,
    });
    expect((await response.json()).error.message).toBe(
      'clockOffsetSeconds: must be between -86400 and 86400 (one day)',
    );
  });

  it('sets the clock offset and disables the integration, keeping it listed', async () => {
    const { id } = await (
      await t.request('POST', '/api/v1/integrations', { source: 'grafana' })
    ).json();
    const patched = await t.request('PATCH', `/api/v1/integrations/${id}`, {
      clockOffsetSeconds: -30,
    });
    expect((await patched.json()).clockOffsetSeconds).toBe(-30);
    expect((await t.request('DELETE', `/api/v1/integrations/${id}`)).status).toBe(204);
    const list = await (await t.request('GET', '/api/v1/integrations')).json();
    expect(list.integrations.find((i: { id: string }) => i.id === id)).toMatchObject({
      enabled: false,
      clockOffsetSeconds: -30,
    });
  });
});
