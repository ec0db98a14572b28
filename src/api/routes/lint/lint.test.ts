import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

describe('POST /api/v1/lint', () => {
  it('names the allowed kinds', async () => {
    const response = await t.request('POST', '/api/v1/lint', { text: 'x', kind: 'essay' });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'kind: must be one of narrative, actionItem',
    );
  });

  it('points at the words that blame a participant', async () => {
    const text = 'The deploy failed because Marta forgot to renew the certificate.';
    const response = await t.request('POST', '/api/v1/lint', {
      text,
      kind: 'narrative',
      participants: ['Marta'],
    });
    expect(response.status).toBe(200);
    const { findings } = await response.json();
    expect(findings.length).toBeGreaterThan(0);
    const blame = findings.find((f: { severity: string }) => f.severity === 'error');
    expect(text.slice(blame.start, blame.end)).toMatch(/Marta|forgot/);
  });

  it('finds nothing in a blameless sentence', async () => {
    const response = await t.request('POST', '/api/v1/lint', {
      text: 'Certificate renewal had no alert, so the expiry went unnoticed.',
      kind: 'narrative',
    });
    expect((await response.json()).findings).toEqual([]);
  });
});
