import { describe, expect, it } from 'vitest';
import { computeDowntimeCost } from './downtime-cost.js';
import { buildPeriods } from './periods.js';
import { at, buildFacts, buildReviewFacts } from './test-builders.js';

const periods = buildPeriods(
  at('2026-03-01T00:00:00.000Z'),
  at('2026-05-01T00:00:00.000Z'),
  'month',
  'UTC',
);
const impact = (overrides: object) => ({ ...buildReviewFacts('x').impact, ...overrides });

describe('computeDowntimeCost', () => {
  const incidents = [
    buildFacts(
      1,
      { impactStarted: at('2026-03-02T10:00:00.000Z') },
      { services: ['checkout', 'ledger'] },
    ),
    buildFacts(2, { impactStarted: at('2026-04-02T10:00:00.000Z') }),
    buildFacts(3, { impactStarted: at('2026-04-03T10:00:00.000Z') }),
  ];
  const reviews = new Map([
    // 12,000/h × 90 min ÷ 60 × 0.25 = 4,500 + 10 h × 80 = 800 + 200 credits = 5,500.
    [
      'incident-1',
      buildReviewFacts('incident-1', {
        impact: impact({
          revenuePerHour: 12_000,
          durationMinutes: 90,
          impactFraction: 0.25,
          responderHours: 10,
          hourlyRate: 80,
          slaCredits: 200,
        }),
      }),
    ],
    [
      'incident-2',
      buildReviewFacts('incident-2', {
        impact: impact({ revenuePerHour: 1_000, durationMinutes: 30 }),
      }),
    ],
  ]);
  const cost = computeDowntimeCost(incidents, reviews, periods);

  it('estimates each reviewed incident from its impact inputs', () => {
    expect(cost.incidents.map((c) => [c.incidentKey, c.total, c.lostRevenue, c.period])).toEqual([
      ['INC-1', 5_500, 4_500, '2026-03'],
      ['INC-2', 500, 500, '2026-04'],
    ]);
    expect(cost.unestimatedKeys).toEqual(['INC-3']);
  });

  it('totals per period and per service, splitting a two-service incident evenly', () => {
    expect(cost.totals.map((t) => [t.dimension, t.value, t.total, t.incidents])).toEqual([
      ['all', 'all', 6_000, 2],
      ['period', '2026-03', 5_500, 1],
      ['period', '2026-04', 500, 1],
      ['service', 'checkout', 3_250, 2],
      ['service', 'ledger', 2_750, 1],
    ]);
  });

  it('lists only the costliest when asked, each with its formula, and still totals them all', () => {
    const first = computeDowntimeCost(incidents, reviews, periods, 1);
    expect(first.incidents).toEqual([cost.incidents[0]]);
    expect(first.incidents[0]!.formula).toContain('total = 5,500.00');
    expect(first.totals).toEqual(cost.totals);
    expect(first.unestimatedKeys).toEqual(cost.unestimatedKeys);
  });
});
