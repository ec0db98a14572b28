import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('GET /api/v1/workspace', () => {
  it('answers 401 without a token when the API requires one, and 200 with it', async () => {
    const guarded = await createTestApp({ apiToken: 'a-long-test-token-1234' });
    try {
      const denied = await guarded.request('GET', '/api/v1/workspace');
      expect(denied.status).toBe(401);
      const allowed = await guarded.request('GET', '/api/v1/workspace', undefined, {
        authorization: 'Bearer a-long-test-token-1234',
      });
      expect(allowed.status).toBe(200);
    } finally {
      await guarded.dispose();
    }
  });

  it('describes the default workspace and who is acting', async () => {
    const response = await t.request('GET', '/api/v1/workspace');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      slug: 'default',
      name: 'Default workspace',
      incidentPrefix: 'INC',
      timeZone: 'UTC',
      actor: { name: 'owner' },
    });
  });

  it('ignores a query string it has no use for', async () => {
    const response = await t.request('GET', '/api/v1/workspace?unused=1');
    expect(response.status).toBe(200);
  });
});
