import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('POST /api/v1/incidents under concurrency', () => {
  it('gives 20 incidents declared at once 20 distinct, consecutive keys', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request('POST', '/api/v1/incidents', { title: `Burst ${i}`, severity: 'SEV4' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const keys = await Promise.all(responses.map(async (r) => (await r.json()).key as string));
    expect([...keys].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))).toEqual(
      Array.from({ length: 20 }, (_, i) => `INC-${i + 1}`),
    );
    const list = await (await t.request('GET', '/api/v1/incidents?limit=50')).json();
    expect(list.incidents).toHaveLength(20);
  });
});
