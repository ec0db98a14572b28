import { describe, expect, it } from 'vitest';
import { estimateCost } from './cost.js';
import { buildImpact } from './test-builders.js';

describe('estimateCost', () => {
  it('adds lost revenue, responder cost and SLA credits', () => {
    expect(estimateCost(buildImpact())).toMatchObject({
      total: 6220,
      parts: { lostRevenue: 4500, responderCost: 720, slaCredits: 1000 },
      currency: 'USD',
    });
  });

  it('shows every input in the formula', () => {
    expect(estimateCost(buildImpact()).formula).toBe(
      'lost revenue = 12,000.00 USD/h × 90 min ÷ 60 × 0.25 = 4,500.00 USD; responder cost = 6 h × 120.00 USD/h = 720.00 USD; SLA credits = 1,000.00 USD; total = 6,220.00 USD',
    );
  });

  it('counts no lost revenue when the duration is unknown, and says so', () => {
    const estimate = estimateCost(buildImpact({ durationMinutes: null }));
    expect([estimate.parts.lostRevenue, estimate.formula.split('; ')[0]]).toEqual([
      0,
      'lost revenue = 0.00 USD (duration unknown)',
    ]);
  });

  it('rounds every part to cents', () => {
    const estimate = estimateCost(
      buildImpact({
        revenuePerHour: 1000,
        durationMinutes: 7,
        impactFraction: 1,
        responderHours: 0.333,
        hourlyRate: 100,
        slaCredits: 0,
      }),
    );
    expect([estimate.parts.lostRevenue, estimate.parts.responderCost, estimate.total]).toEqual([
      116.67, 33.3, 149.97,
    ]);
  });
});
