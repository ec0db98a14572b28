import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function messageOf(response: Response): Promise<[number, string]> {
  const body = (await response.json()) as { error: { message: string } };
  return [response.status, body.error.message];
}

describe('input validation shared by every route', () => {
  it.each([
    ['', 'body: is required (a JSON object)'],
    ['   ', 'body: is required (a JSON object)'],
    ['{"title":', 'body: must be valid JSON'],
    ['null', 'body: must be a JSON object'],
    ['[{"title":"x"}]', 'body: must be a JSON object'],
    ['"text"', 'body: must be a JSON object'],
  ])('answers the body %j with 400 "%s"', async (text, message) => {
    expect(await messageOf(await t.request('POST', '/api/v1/incidents', text))).toEqual([
      400,
      message,
    ]);
  });

  it('tells a field of the wrong type from a missing one', async () => {
    const wrong = await t.request('POST', '/api/v1/incidents', { title: 7, severity: 'SEV1' });
    expect(await messageOf(wrong)).toEqual([400, 'title: must be a string']);
    const missing = await t.request('POST', '/api/v1/incidents', { severity: 'SEV1' });
    expect(await messageOf(missing)).toEqual([400, 'title: is required']);
    const list = await t.request('POST', '/api/v1/incidents', {
      title: 'x',
      severity: 'SEV1',
      tags: 'dns',
    });
    expect(await messageOf(list)).toEqual([400, 'tags: must be a list of strings']);
  });

  // PostgreSQL cannot store U+0000 in text; both engines refuse it so neither answers 500.
  it('refuses the NUL character in a body field, a query value and a path segment', async () => {
    const body = await t.request('POST', '/api/v1/incidents', {
      title: 'a\u0000b',
      severity: 'SEV1',
    });
    expect(await messageOf(body)).toEqual([
      400,
      'title: must not contain the NUL character (\\u0000)',
    ]);
    const nested = await t.request('POST', '/api/v1/incidents', {
      title: 'x',
      severity: 'SEV1',
      roles: [{ role: 'commander', person: '\u0000' }],
    });
    expect((await messageOf(nested))[1]).toBe(
      'roles.0.person: must not contain the NUL character (\\u0000)',
    );
    expect(await messageOf(await t.request('GET', '/api/v1/incidents?q=a%00'))).toEqual([
      400,
      'q: must not contain the NUL character (\\u0000)',
    ]);
    expect(await messageOf(await t.request('GET', '/api/v1/services/a%00b'))).toEqual([
      400,
      'name: must not contain the NUL character (\\u0000)',
    ]);
    const list = await (await t.request('GET', '/api/v1/incidents')).json();
    expect(list.incidents).toEqual([]);
  });

  it('refuses a cursor that points past the largest incident number', async () => {
    const cursor = Buffer.from(JSON.stringify({ b: 2 ** 31 })).toString('base64url');
    expect(await messageOf(await t.request('GET', `/api/v1/incidents?cursor=${cursor}`))).toEqual([
      400,
      'cursor: is not a cursor this API gave out; start again without it',
    ]);
  });
});
