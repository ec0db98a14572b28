import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Instant } from '../../../domain/instant.js';
import { seedInsightHistory } from '../../../usecases/insights-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedInsightHistory(t.database.db, t.ctx.workspace.id);
  t.clock.set('2026-04-20T12:00:00.000Z' as Instant);
});
afterAll(() => t.dispose());

describe('GET /api/v1/incidents/{key}/error-budgets', () => {
  it('answers 404 for an unknown incident', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-9999/error-budgets');
    expect([response.status, (await response.json()).error.code]).toEqual([
      404,
      'INCIDENT_NOT_FOUND',
    ]);
  });

  it('says when a service of the incident has exhausted its budget, and which items the freeze waits on', async () => {
    const response = await t.request('GET', '/api/v1/incidents/INC-1/error-budgets');
    expect(response.status).toBe(200);
    const { budgets } = await response.json();
    expect(budgets).toMatchObject([
      {
        service: 'checkout',
        exhausted: true,
        message:
          'error budget exhausted: feature freeze until these action items are verified (1 open)',
        freezeItems: [{ incidentKey: 'INC-1' }],
      },
    ]);
  });
});
