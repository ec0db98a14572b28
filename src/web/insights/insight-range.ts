/** @module The insights screen's range: calendar dates in the workspace zone, kept in the address, turned into instants. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightPeriod } from '../client/types.js';
import { instantFromZoned, zonedPartsOf } from '../lib/zoned-time.js';

export const INSIGHT_PERIODS: readonly InsightPeriod[] = ['week', 'month', 'quarter'];

export interface InsightRange {
  /** First day shown, YYYY-MM-DD. */
  fromDate: string;
  /** Last day shown (inclusive), YYYY-MM-DD. */
  toDate: string;
  period: InsightPeriod;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `date` moved by whole calendar days. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The 90 days up to and including today in `zone`, by month: the API's own default range. */
export function defaultInsightRange(nowMs: number, zone: string): InsightRange {
  const today = zonedPartsOf(nowMs, zone).date;
  return { fromDate: shiftDate(today, -89), toDate: today, period: 'month' };
}

/** The range named in the address (`?from=2026-01-01&to=2026-03-31&period=week`), else `fallback`. */
export function rangeFromSearch(search: string, fallback: InsightRange): InsightRange {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = params.get('period') as InsightPeriod | null;
  return {
    fromDate: DATE.test(from) ? from : fallback.fromDate,
    toDate: DATE.test(to) ? to : fallback.toDate,
    period: period && INSIGHT_PERIODS.includes(period) ? period : fallback.period,
  };
}

/** The address's query for `range`; other parameters of `current` (the slice shown) are kept. */
export function searchOfRange(range: InsightRange, current = ''): string {
  const params = new URLSearchParams(current);
  params.set('from', range.fromDate);
  params.set('to', range.toDate);
  params.set('period', range.period);
  return `?${params}`;
}

/**
 * The API query for `range` in `zone`: from the start of the first day to the start of the day
 * after the last; null when a date is not a date or the range ends before it starts.
 */
export function insightParamsOf(range: InsightRange, zone: string): InsightParams | null {
  if (!DATE.test(range.fromDate) || !DATE.test(range.toDate)) return null;
  const from = instantFromZoned(range.fromDate, '00:00', zone);
  const to = instantFromZoned(shiftDate(range.toDate, 1), '00:00', zone);
  if (from === null || to === null || to <= from) return null;
  return { from, to, period: range.period, zone };
}
