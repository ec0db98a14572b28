import { describe, expect, it } from 'vitest';
import {
  defaultInsightRange,
  insightParamsOf,
  rangeFromSearch,
  searchOfRange,
  shiftDate,
} from './insight-range.js';

const NOW = Date.parse('2026-03-12T23:30:00.000Z');

describe('shiftDate', () => {
  it('moves across month and leap-year ends', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('defaultInsightRange', () => {
  it('ends today in the zone and spans 90 days, by month', () => {
    expect(defaultInsightRange(NOW, 'UTC')).toEqual({
      fromDate: '2025-12-13',
      toDate: '2026-03-12',
      period: 'month',
    });
    expect(defaultInsightRange(NOW, 'Europe/Berlin').toDate).toBe('2026-03-13');
  });
});

describe('rangeFromSearch', () => {
  const fallback = defaultInsightRange(NOW, 'UTC');

  it('reads the dates and period of the address', () => {
    expect(rangeFromSearch('?from=2026-01-01&to=2026-01-31&period=week', fallback)).toEqual({
      fromDate: '2026-01-01',
      toDate: '2026-01-31',
      period: 'week',
    });
  });

  it('keeps the fallback for anything it cannot read', () => {
    expect(rangeFromSearch('?from=yesterday&period=year', fallback)).toEqual(fallback);
  });

  it('writes back what it reads', () => {
    const range = { fromDate: '2026-01-01', toDate: '2026-03-31', period: 'quarter' } as const;
    expect(rangeFromSearch(searchOfRange(range), fallback)).toEqual(range);
  });
});

describe('searchOfRange', () => {
  it('writes the range over the one in the address and keeps the other parameters', () => {
    const range = { fromDate: '2026-04-01', toDate: '2026-06-30', period: 'quarter' } as const;
    expect(searchOfRange(range, '?from=2026-01-01&slice=team&metric=mtta')).toBe(
      '?from=2026-04-01&slice=team&metric=mtta&to=2026-06-30&period=quarter',
    );
    expect(searchOfRange(range)).toBe('?from=2026-04-01&to=2026-06-30&period=quarter');
  });
});

describe('insightParamsOf', () => {
  it('runs from the start of the first day to the start of the day after the last, in the zone', () => {
    const range = { fromDate: '2026-03-01', toDate: '2026-03-31', period: 'week' } as const;
    expect(insightParamsOf(range, 'Europe/Berlin')).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      period: 'week',
      zone: 'Europe/Berlin',
    });
  });

  it('refuses a range that ends before it starts', () => {
    const range = { fromDate: '2026-03-10', toDate: '2026-03-01', period: 'month' } as const;
    expect(insightParamsOf(range, 'UTC')).toBeNull();
  });
});
