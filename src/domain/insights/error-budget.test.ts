import { describe, expect, it } from 'vitest';
import type { ServiceId, WorkspaceId } from '../ids.js';
import type { Service } from '../service.js';
import { attachFreezes, computeErrorBudgets, exhaustedServicesOf } from './error-budget.js';
import { at, buildFacts, buildReviewFacts } from './test-builders.js';

function service(name: string, sloTarget: number | null, sloWindowDays = 30): Service {
  return {
    id: name as ServiceId,
    workspaceId: 'w' as WorkspaceId,
    name,
    owningTeam: 'payments',
    sloTarget,
    sloWindowDays,
    revenuePerHour: null,
    tags: [],
    version: 1,
    createdAt: at('2026-01-01T00:00:00.000Z'),
    updatedAt: at('2026-01-01T00:00:00.000Z'),
  };
}

const now = at('2026-03-31T00:00:00.000Z');

describe('computeErrorBudgets', () => {
  // 99.9% over 30 days allows 43.2 minutes.
  const incidents = [
    // From milestones: 20 minutes at fraction 1.
    buildFacts(1, {
      impactStarted: at('2026-03-20T10:00:00.000Z'),
      mitigated: at('2026-03-20T10:20:00.000Z'),
    }),
    // From the review: 60 minutes at a quarter = 15 bad minutes.
    buildFacts(2, {
      impactStarted: at('2026-03-25T10:00:00.000Z'),
      resolved: at('2026-03-25T13:00:00.000Z'),
    }),
    // Half of its 40 minutes fall before the window.
    buildFacts(3, {
      impactStarted: at('2026-02-28T23:40:00.000Z'),
      resolved: at('2026-03-01T00:20:00.000Z'),
    }),
    buildFacts(
      4,
      { impactStarted: at('2026-03-26T10:00:00.000Z'), resolved: at('2026-03-26T18:00:00.000Z') },
      { status: 'cancelled' },
    ),
    buildFacts(5, { detected: at('2026-03-27T10:00:00.000Z') }),
  ];
  const reviews = new Map([
    [
      'incident-2',
      buildReviewFacts('incident-2', {
        impact: { ...buildReviewFacts('x').impact, durationMinutes: 60, impactFraction: 0.25 },
      }),
    ],
  ]);
  // What storage would count for checkout: its one unverified item (the others are verified or won't-do).
  const freezes = new Map([
    [
      'checkout',
      {
        count: 1,
        items: [{ id: 'a', incidentKey: 'INC-1', title: 'Cap retries', status: 'open' }],
      },
    ],
  ]);

  it('spends the budget by impact inside the window times its fraction, saying where each figure came from', () => {
    const [budget] = attachFreezes(
      computeErrorBudgets([service('checkout', 0.999)], incidents, reviews, now),
      freezes,
    );
    expect(budget).toMatchObject({
      service: 'checkout',
      windowStart: '2026-03-01T00:00:00.000Z',
      consumedMinutes: 55,
      exhausted: true,
      unmeasuredKeys: ['INC-5'],
    });
    expect(budget!.budgetMinutes).toBeCloseTo(43.2, 9);
    expect(budget!.remainingMinutes).toBeCloseTo(-11.8, 9);
    expect(budget!.burnRate).toBeCloseTo(55 / 43.2, 9);
    // Last 7 days: 15 bad minutes against 7/30 of the budget.
    expect(budget!.burnRate7d).toBeCloseTo(15 / ((43.2 * 7) / 30), 9);
    expect(budget!.spends.map((s) => [s.incidentKey, s.minutes, s.fraction, s.basis])).toEqual([
      ['INC-1', 20, 1, 'milestones'],
      ['INC-2', 60, 0.25, 'review'],
      ['INC-3', 20, 1, 'milestones'],
    ]);
  });

  it('lists what the freeze waits on, and its count, when the budget is exhausted', () => {
    const [budget] = attachFreezes(
      computeErrorBudgets([service('checkout', 0.999)], incidents, reviews, now),
      freezes,
    );
    expect(budget!.message).toBe(
      'error budget exhausted: feature freeze until these action items are verified (1 open)',
    );
    expect(budget!.freezeItems).toEqual([
      { id: 'a', incidentKey: 'INC-1', title: 'Cap retries', status: 'open' },
    ]);
    expect(budget!.freezeItemCount).toBe(1);
  });

  it('names the services whose freeze facts are needed, and attaches them afterwards', () => {
    const budgets = computeErrorBudgets([service('checkout', 0.999)], incidents, reviews, now);
    expect(exhaustedServicesOf(budgets)).toEqual(['checkout']);
    expect(budgets[0]).toMatchObject({ freezeItems: [], freezeItemCount: 0, message: null });
    expect(attachFreezes(budgets, freezes)[0]).toMatchObject({
      freezeItemCount: 1,
      message:
        'error budget exhausted: feature freeze until these action items are verified (1 open)',
    });
  });

  it('keeps budget left under a looser target and skips services without an SLO', () => {
    const budgets = attachFreezes(
      computeErrorBudgets(
        [service('checkout', 0.99), service('search', null)],
        incidents,
        reviews,
        now,
      ),
      freezes,
    );
    expect(budgets).toHaveLength(1);
    expect(budgets[0]).toMatchObject({ exhausted: false, message: null, freezeItems: [] });
    expect(budgets[0]!.remainingFraction).toBeCloseTo(1 - 55 / 432, 9);
  });

  it('counts an open incident’s impact up to now', () => {
    const open = [
      buildFacts(9, { impactStarted: at('2026-03-30T23:00:00.000Z') }, { status: 'investigating' }),
    ];
    const [budget] = computeErrorBudgets([service('checkout', 0.999)], open, new Map(), now);
    expect(budget!.consumedMinutes).toBe(60);
  });
});
