import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { Instant } from '../domain/instant.js';
import { getIncidentServiceBudgets } from './insights-review-budget.js';
import { seedInsightHistory } from './insights-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedInsightHistory(t.database.db, t.ctx.workspace.id);
  t.clock.set('2026-04-20T12:00:00.000Z' as Instant);
});
afterAll(() => t.dispose());

describe('getIncidentServiceBudgets', () => {
  it('says a service’s budget is exhausted and which items must be verified, for the review page', async () => {
    const budgets = await getIncidentServiceBudgets(t.ctx, { services: ['checkout', 'search'] });
    expect(budgets).toMatchObject([
      {
        service: 'checkout',
        exhausted: true,
        message:
          'error budget exhausted: feature freeze until these action items are verified (1 open)',
        freezeItems: [{ id: 'item-a', incidentKey: 'INC-1' }],
      },
    ]);
    expect(budgets[0]).not.toHaveProperty('spends');
  });

  it('returns nothing for an incident without services', async () => {
    expect(await getIncidentServiceBudgets(t.ctx, { services: [] })).toEqual([]);
  });
});
