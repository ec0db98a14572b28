import { describe, expect, it } from 'vitest';
import { buildPeriods, findPeriodIndex, quarterRange } from './periods.js';
import { at } from './test-builders.js';

describe('buildPeriods', () => {
  it('starts months at local midnight in the zone, across the spring DST change', () => {
    const periods = buildPeriods(
      at('2026-02-28T23:00:00.000Z'),
      at('2026-04-30T22:00:00.000Z'),
      'month',
      'Europe/Paris',
    );
    expect(periods).toEqual([
      {
        key: '2026-03',
        start: '2026-02-28T23:00:00.000Z',
        end: '2026-03-31T22:00:00.000Z',
        partial: false,
      },
      {
        key: '2026-04',
        start: '2026-03-31T22:00:00.000Z',
        end: '2026-04-30T22:00:00.000Z',
        partial: false,
      },
    ]);
  });

  it('marks the periods the range cuts short as partial and clips them', () => {
    const periods = buildPeriods(
      at('2026-03-10T00:00:00.000Z'),
      at('2026-04-05T00:00:00.000Z'),
      'month',
      'UTC',
    );
    expect(periods.map((p) => [p.key, p.start, p.end, p.partial])).toEqual([
      ['2026-03', '2026-03-10T00:00:00.000Z', '2026-04-01T00:00:00.000Z', true],
      ['2026-04', '2026-04-01T00:00:00.000Z', '2026-04-05T00:00:00.000Z', true],
    ]);
  });

  it('names ISO weeks by the year of their Thursday and starts them on Monday', () => {
    const periods = buildPeriods(
      at('2025-12-29T00:00:00.000Z'),
      at('2026-01-12T00:00:00.000Z'),
      'week',
      'UTC',
    );
    expect(periods.map((p) => [p.key, p.start])).toEqual([
      ['2026-W01', '2025-12-29T00:00:00.000Z'],
      ['2026-W02', '2026-01-05T00:00:00.000Z'],
    ]);
  });

  it('makes the week holding the autumn DST change 169 hours long in New York', () => {
    const [week] = buildPeriods(
      at('2026-11-02T05:00:00.000Z'),
      at('2026-11-09T05:00:00.000Z'),
      'week',
      'America/New_York',
    );
    expect(week).toEqual({
      key: '2026-W45',
      start: '2026-11-02T05:00:00.000Z',
      end: '2026-11-09T05:00:00.000Z',
      partial: false,
    });
    const [dstWeek] = buildPeriods(
      at('2026-10-26T04:00:00.000Z'),
      at('2026-11-02T05:00:00.000Z'),
      'week',
      'America/New_York',
    );
    expect((Date.parse(dstWeek!.end) - Date.parse(dstWeek!.start)) / 3_600_000).toBe(169);
  });

  it('groups months into quarters', () => {
    const periods = buildPeriods(
      at('2026-01-01T00:00:00.000Z'),
      at('2027-01-01T00:00:00.000Z'),
      'quarter',
      'UTC',
    );
    expect(periods.map((p) => p.key)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(periods[2]!.start).toBe('2026-07-01T00:00:00.000Z');
  });
});

describe('findPeriodIndex', () => {
  const periods = buildPeriods(
    at('2026-01-01T00:00:00.000Z'),
    at('2026-04-01T00:00:00.000Z'),
    'month',
    'Asia/Tokyo',
  );
  it.each([
    ['2026-01-31T14:59:59.999Z', 0, 'the last millisecond of January in Tokyo'],
    ['2026-01-31T15:00:00.000Z', 1, 'midnight of 1 February in Tokyo, still 31 January in UTC'],
    ['2026-03-31T14:59:59.000Z', 2, 'the end of March in Tokyo'],
    [
      '2026-03-31T15:00:00.000Z',
      3,
      'April in Tokyo: the range ends at 09:00 there, a partial period',
    ],
    ['2026-04-01T00:00:00.000Z', -1, 'the end of the range, exclusive'],
    ['2025-12-31T14:00:00.000Z', -1, 'before the range'],
  ])('places %s in bucket %i (%s)', (instant, index) => {
    expect(findPeriodIndex(periods, at(instant))).toBe(index);
  });
});

describe('quarterRange', () => {
  it('gives a quarter as local midnights in the zone', () => {
    expect(quarterRange('2026Q3', 'Europe/Paris')).toEqual({
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-09-30T22:00:00.000Z',
    });
  });

  it('refuses text that is not a quarter', () => {
    expect(quarterRange('2026Q5', 'UTC')).toBeNull();
    expect(quarterRange('Q3 2026', 'UTC')).toBeNull();
  });
});
