import { describe, expect, it } from 'vitest';
import { buildPeriods } from './periods.js';
import { computeResponseMetrics } from './response-metrics.js';
import { at, buildFacts } from './test-builders.js';

const periods = buildPeriods(
  at('2026-03-01T00:00:00.000Z'),
  at('2026-05-01T00:00:00.000Z'),
  'month',
  'Europe/Paris',
);
const teamOf = (service: string) =>
  ({ checkout: 'payments', ledger: 'payments', search: 'discovery' })[service] ?? null;

// Times in minutes after impact start: detect / ack / mitigate / resolve.
const incidents = [
  buildFacts(
    1,
    {
      impactStarted: at('2026-03-02T10:00:00.000Z'),
      detected: at('2026-03-02T10:05:00.000Z'),
      acknowledged: at('2026-03-02T10:07:00.000Z'),
      mitigated: at('2026-03-02T10:30:00.000Z'),
      resolved: at('2026-03-02T11:00:00.000Z'),
    },
    { severity: 'SEV1', services: ['checkout', 'ledger'] },
  ),
  buildFacts(
    2,
    {
      impactStarted: at('2026-03-10T08:00:00.000Z'),
      detected: at('2026-03-10T08:15:00.000Z'),
      acknowledged: at('2026-03-10T08:20:00.000Z'),
      mitigated: at('2026-03-10T09:00:00.000Z'),
      resolved: at('2026-03-10T10:00:00.000Z'),
    },
    { severity: 'SEV2', services: ['checkout'] },
  ),
  // Still open: detected and acknowledged, nothing after.
  buildFacts(
    3,
    {
      impactStarted: at('2026-03-20T12:00:00.000Z'),
      detected: at('2026-03-20T12:45:00.000Z'),
      acknowledged: at('2026-03-20T12:46:00.000Z'),
    },
    { severity: 'SEV2', status: 'investigating', services: ['search'] },
  ),
  // No impact start: only MTTA can be computed.
  buildFacts(
    4,
    { detected: at('2026-03-25T09:00:00.000Z'), acknowledged: at('2026-03-25T09:03:00.000Z') },
    { services: ['search'] },
  ),
  // Cancelled: in no figure.
  buildFacts(
    5,
    { impactStarted: at('2026-03-26T09:00:00.000Z'), detected: at('2026-03-26T09:01:00.000Z') },
    { status: 'cancelled' },
  ),
  // 31 March 23:30 in Paris is still March there, though April in no zone east of it.
  buildFacts(6, {
    impactStarted: at('2026-03-31T21:30:00.000Z'),
    detected: at('2026-03-31T21:40:00.000Z'),
    resolved: at('2026-03-31T23:30:00.000Z'),
  }),
  // 1 April 00:30 in Paris (31 March 22:30 UTC) is April.
  buildFacts(7, {
    impactStarted: at('2026-03-31T22:30:00.000Z'),
    detected: at('2026-03-31T22:32:00.000Z'),
    // Out of order: acknowledged before detection is a data error, so it is excluded.
    acknowledged: at('2026-03-31T22:31:00.000Z'),
    resolved: at('2026-04-01T00:30:00.000Z'),
  }),
];

const { figures, cancelledKeys } = computeResponseMetrics(incidents, periods, teamOf);
const find = (period: string, dimension: string, value: string, metric: string) =>
  figures.find(
    (f) =>
      f.period === period && f.dimension === dimension && f.value === value && f.metric === metric,
  );

describe('computeResponseMetrics', () => {
  it('computes MTTD for March over the incidents with both milestones, in seconds', () => {
    // 5, 15, 45, 10 minutes: sorted 300, 600, 900, 2700 s; p90 = 900 + 0.7 × 1800.
    expect(find('2026-03', 'all', 'all', 'mttd')).toMatchObject({
      count: 4,
      median: 750,
      p90: 2_160,
      mean: 1_125,
      excluded: 1,
      incidentKeys: ['INC-1', 'INC-2', 'INC-3', 'INC-6'],
      excludedKeys: ['INC-4'],
    });
  });

  it('gives a still-open incident no resolve figure and counts it as excluded', () => {
    // 60, 120 and 120 minutes.
    expect(find('2026-03', 'all', 'all', 'mttr')).toMatchObject({
      count: 3,
      median: 7_200,
      mean: 6_000,
      excludedKeys: ['INC-3', 'INC-4'],
    });
  });

  it('counts MTTA for an incident without an impact start', () => {
    expect(find('2026-03', 'all', 'all', 'mtta')).toMatchObject({
      count: 4,
      median: 150,
      excludedKeys: ['INC-6'],
    });
  });

  it('excludes milestones recorded out of order rather than reporting a negative time', () => {
    expect(find('2026-04', 'all', 'all', 'mtta')).toMatchObject({
      count: 0,
      median: null,
      excludedKeys: ['INC-7'],
    });
    expect(find('2026-04', 'all', 'all', 'mttd')).toMatchObject({ count: 1, median: 120 });
  });

  it('leaves cancelled incidents out of every figure and lists them', () => {
    expect(cancelledKeys).toEqual(['INC-5']);
    expect(
      figures.some((f) => f.incidentKeys.includes('INC-5') || f.excludedKeys.includes('INC-5')),
    ).toBe(false);
  });

  it('slices by severity, service and owning team, counting a two-service incident once per team', () => {
    expect(find('2026-03', 'severity', 'SEV1', 'mttm')).toMatchObject({ count: 1, median: 1_800 });
    expect(find('2026-03', 'service', 'ledger', 'mttr')).toMatchObject({ count: 1, median: 3_600 });
    expect(find('2026-03', 'team', 'payments', 'mttd')).toMatchObject({
      count: 3,
      incidentKeys: ['INC-1', 'INC-2', 'INC-6'],
    });
    expect(find('2026-03', 'team', 'discovery', 'mttd')).toMatchObject({ count: 1, excluded: 1 });
  });

  it('adds a total over the whole range and carries each definition', () => {
    expect(find('total', 'all', 'all', 'mttd')).toMatchObject({ count: 5, median: 600 });
    expect(find('total', 'all', 'all', 'mttr')!.definition).toMatch(
      /^resolved − impact started, in seconds/,
    );
  });
});
