import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('/api/v1/policies', () => {
  it('rejects a value of the wrong type with 400', async () => {
    const response = await t.request('PUT', '/api/v1/policies/SEV1', {
      overrides: { draftDueHours: 'soon' },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'overrides.draftDueHours: must be a whole number',
    );
  });

  it('answers 404 for a severity that does not exist', async () => {
    const response = await t.request('GET', '/api/v1/policies/SEV9');
    expect(response.status).toBe(404);
  });

  it('lists every invalid value at once with 422', async () => {
    const response = await t.request('PUT', '/api/v1/policies/SEV1', {
      overrides: { draftDueHours: 0, followUpDays: 400 },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'draftDueHours: must be a whole number of hours from 1 to 8784, got 0; followUpDays: must be a whole number of days from 1 to 366, got 400',
    );
  });

  it('answers 409 to a stale version', async () => {
    const path = '/api/v1/policies/SEV4';
    expect((await t.request('PUT', path, { overrides: {}, version: 0 })).status).toBe(200);
    const stale = await t.request('PUT', path, { overrides: { followUpDays: 10 }, version: 0 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('POLICY_VERSION_CONFLICT');
  });

  it('serves the defaults, then the overrides merged over them', async () => {
    const before = await (await t.request('GET', '/api/v1/policies/SEV2')).json();
    expect(before).toMatchObject({ version: 0, overrides: {}, policy: { draftDueHours: 24 } });
    const saved = await t.request('PUT', '/api/v1/policies/sev2', {
      overrides: { draftDueHours: 48 },
    });
    expect(saved.status).toBe(200);
    const after = await (await t.request('GET', '/api/v1/policies/SEV2')).json();
    expect(after).toMatchObject({
      version: 1,
      overrides: { draftDueHours: 48 },
      policy: { draftDueHours: 48, publishDueHours: 120 },
    });
    const all = await (await t.request('GET', '/api/v1/policies')).json();
    expect(all.policies.map((p: { severity: string }) => p.severity)).toEqual([
      'SEV1',
      'SEV2',
      'SEV3',
      'SEV4',
    ]);
  });
});
