import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

const TOKEN = 'a-long-test-token-1234';

let t: TestApp;
let guarded: TestApp;
let small: TestApp;
beforeAll(async () => {
  [t, guarded, small] = await Promise.all([
    createTestApp(),
    createTestApp({ apiToken: TOKEN }),
    createTestApp({ maxBodyBytes: 2048 }),
  ]);
});
afterAll(() => Promise.all([t.dispose(), guarded.dispose(), small.dispose()]));

describe('health checks', () => {
  it('answers GET /healthz with ok, without a token', async () => {
    const response = await guarded.request('GET', '/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /readyz with the database dialect', async () => {
    const response = await t.request('GET', '/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: t.database.dialect });
  });
});

describe('unknown routes', () => {
  it.each([
    ['GET', '/api/v1/nothing-here'],
    ['DELETE', '/api/v1/incidents'],
    ['GET', '/nope'],
  ])('answers %s %s with a JSON 404', async (method, path) => {
    const response = await t.request(method, path);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `${method} ${path}: no such route` },
    });
  });
});

describe('body size limit', () => {
  it('answers 413 PAYLOAD_TOO_LARGE to a body over the limit and stores nothing', async () => {
    const response = await small.request('POST', '/api/v1/incidents', {
      title: 'x',
      severity: 'SEV1',
      summary: 'y'.repeat(4000),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'body: larger than the 2048 bytes allowed' },
    });
    const list = await (await small.request('GET', '/api/v1/incidents')).json();
    expect(list.incidents).toEqual([]);
  });

  it('accepts a body under the limit', async () => {
    const response = await small.request('POST', '/api/v1/incidents', {
      title: 'x',
      severity: 'SEV1',
      summary: 'y'.repeat(1000),
    });
    expect(response.status).toBe(201);
  });
});

describe('API token', () => {
  it.each([
    [{}, 'authorization: send "Authorization: Bearer <token>" (HINDSIGHT_API_TOKEN)'],
    [
      { authorization: `Basic ${TOKEN}` },
      'authorization: send "Authorization: Bearer <token>" (HINDSIGHT_API_TOKEN)',
    ],
    [{ authorization: 'Bearer wrong' }, 'authorization: the token is not valid'],
    [{ authorization: `Bearer ${TOKEN}x` }, 'authorization: the token is not valid'],
  ])('answers 401 UNAUTHENTICATED to headers %j', async (headers, message) => {
    const response = await guarded.request('GET', '/api/v1/incidents', undefined, headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message } });
  });

  it('lets a request with the token through', async () => {
    const response = await guarded.request('GET', '/api/v1/incidents', undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a write without the token and stores nothing', async () => {
    const denied = await guarded.request('POST', '/api/v1/services', { name: 'ledger' });
    expect(denied.status).toBe(401);
    const list = await guarded.request('GET', '/api/v1/services', undefined, {
      authorization: `bearer ${TOKEN}`,
    });
    expect((await list.json()).services).toEqual([]);
  });

  it('serves the OpenAPI document without a token', async () => {
    expect((await guarded.request('GET', '/api/v1/openapi.json')).status).toBe(200);
  });
});

describe('request ids', () => {
  it('echoes the x-request-id a client sends', async () => {
    const response = await t.request('GET', '/healthz', undefined, { 'x-request-id': 'trace-77' });
    expect(response.headers.get('x-request-id')).toBe('trace-77');
  });

  it('makes one up when none is sent, on errors too', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-999999');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('cuts an over-long request id to 100 characters', async () => {
    const response = await t.request('GET', '/healthz', undefined, {
      'x-request-id': 'r'.repeat(300),
    });
    expect(response.headers.get('x-request-id')).toBe('r'.repeat(100));
  });
});
