import { describe, expect, it } from 'vitest';
import { computeIncidentFrequency, trendOf } from './incident-frequency.js';
import { buildPeriods } from './periods.js';
import { at, buildFacts } from './test-builders.js';

describe('computeIncidentFrequency', () => {
  const periods = buildPeriods(
    at('2026-01-01T00:00:00.000Z'),
    at('2026-04-01T00:00:00.000Z'),
    'month',
    'UTC',
  );
  const start = (text: string) => ({ impactStarted: at(text) });
  const incidents = [
    buildFacts(1, start('2026-01-05T00:00:00.000Z')),
    buildFacts(2, start('2026-02-05T00:00:00.000Z'), { severity: 'SEV1' }),
    buildFacts(3, start('2026-02-06T00:00:00.000Z')),
    buildFacts(4, start('2026-03-05T00:00:00.000Z')),
    buildFacts(5, start('2026-03-06T00:00:00.000Z')),
    buildFacts(6, start('2026-03-07T00:00:00.000Z')),
    buildFacts(7, start('2026-03-08T00:00:00.000Z'), { status: 'cancelled' }),
    buildFacts(8, {}, { declaredAt: at('2026-03-09T00:00:00.000Z') }),
  ];

  it('counts incidents per period by severity, cancelled ones apart, placing undated ones by declaration', () => {
    const { rows, total } = computeIncidentFrequency(incidents, periods);
    expect(rows.map((r) => [r.period, r.count, r.bySeverity.SEV1, r.cancelled])).toEqual([
      ['2026-01', 1, 0, 0],
      ['2026-02', 2, 1, 0],
      ['2026-03', 4, 0, 1],
    ]);
    expect(total).toBe(7);
  });

  it('reports a rising trend of 1.5 incidents per month', () => {
    expect(computeIncidentFrequency(incidents, periods).trend).toEqual({
      slopePerPeriod: 1.5,
      change: 2,
      changeFraction: 1,
      direction: 'rising',
    });
  });
});

describe('trendOf', () => {
  it.each([
    [[5, 5, 5], 0, 'flat'],
    [[9, 6, 3], -3, 'falling'],
    [[10, 10, 10, 10.2], 0.06, 'flat'],
  ])('gives %j a slope of %d (%s)', (counts, slope, direction) => {
    const trend = trendOf(counts);
    expect(trend.slopePerPeriod).toBeCloseTo(slope, 10);
    expect(trend.direction).toBe(direction);
  });

  it('says nothing about a single period', () => {
    expect(trendOf([4])).toEqual({
      slopePerPeriod: null,
      change: null,
      changeFraction: null,
      direction: 'unknown',
    });
  });
});
