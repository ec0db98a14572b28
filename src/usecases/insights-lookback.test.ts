import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildIncident, buildService } from '../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { Instant } from '../domain/instant.js';
import { NO_MILESTONES } from '../domain/milestones.js';
import { insertIncident, insertService } from '../storage/index.js';
import { getErrorBudgetInsights, getFollowThroughInsights, insightQueryOf } from './insights.js';

const at = (text: string) => text as Instant;

// Incidents that started before the range and have no review are read only when a figure of the
// range needs them (storage/insight-facts.ts, `lookback`): these are the ones that do.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const workspaceId = t.ctx.workspace.id;
  await insertService(db, buildService(workspaceId, { name: 'checkout', sloTarget: 0.999 }));
  const incident = (number: number, milestones: Partial<typeof NO_MILESTONES>) =>
    insertIncident(
      db,
      buildIncident(workspaceId, number, {
        services: ['checkout'],
        severity: 'SEV2',
        status: 'resolved',
        milestones: { ...NO_MILESTONES, ...milestones },
      }),
      number,
    );
  // Started in March, resolved in April: its review is due in April.
  await incident(1, {
    impactStarted: at('2026-03-31T20:00:00.000Z'),
    resolved: at('2026-04-01T02:00:00.000Z'),
  });
  // Started before the budget's window (from 21 March), mitigated 12 hours into it.
  await incident(2, {
    impactStarted: at('2026-03-15T00:00:00.000Z'),
    mitigated: at('2026-03-22T00:00:00.000Z'),
    resolved: at('2026-03-22T01:00:00.000Z'),
  });
  // Over before either: no figure of April needs it.
  await incident(3, {
    impactStarted: at('2026-03-05T10:00:00.000Z'),
    resolved: at('2026-03-05T11:00:00.000Z'),
  });
  t.clock.set(at('2026-04-20T12:00:00.000Z'));
});
afterAll(() => t.dispose());

const april = () =>
  insightQueryOf(t.ctx, {
    from: at('2026-04-01T00:00:00.000Z'),
    to: at('2026-05-01T00:00:00.000Z'),
    zone: 'UTC',
    period: 'month',
  });

it('counts a review as due in the period its incident was resolved, however early it started', async () => {
  const { reviewCompletion } = await getFollowThroughInsights(t.ctx, april());
  expect(reviewCompletion.rows[0]).toMatchObject({
    period: '2026-04',
    due: 1,
    missing: 1,
    lateKeys: ['INC-1'],
  });
});

it('spends a budget on the part of an earlier incident inside its window', async () => {
  const { budgets } = await getErrorBudgetInsights(t.ctx, april());
  // The test clock ticks a millisecond per reading: whole minutes are what matter here.
  const spends = budgets[0]!.spends.map((s) => [s.incidentKey, Math.round(s.minutes)]);
  expect(spends.sort()).toEqual([
    ['INC-1', 360],
    ['INC-2', 720],
  ]);
});
