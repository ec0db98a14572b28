/** @module Calendar periods (ISO week, month, quarter) in a named zone, and which period an instant falls in. */
import { epochMsOf, type Instant, instantFromEpochMs } from '../instant.js';
import { localMidnightMs, zonedPartsOf } from './zoned-parts.js';

export const PERIODS = ['week', 'month', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

export interface PeriodBucket {
  /** `2026-W11` (ISO week), `2026-03` or `2026Q1`. */
  key: string;
  start: Instant;
  /** Exclusive; clipped to the end of the range asked for. */
  end: Instant;
  /** True when the range cut the period short at either end. */
  partial: boolean;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The periods covering `[from, to)` in `zone`, each starting at local midnight, so a month ends
 * where the team's month ends (not UTC's) and DST days are as long as they really are.
 * @example buildPeriods('2026-01-31T23:30:00Z', '2026-03-01T00:00:00Z', 'month', 'Europe/Paris')[0].key // '2026-02'
 */
export function buildPeriods(
  from: Instant,
  to: Instant,
  period: Period,
  zone: string,
): PeriodBucket[] {
  const fromMs = epochMsOf(from);
  const toMs = epochMsOf(to);
  const buckets: PeriodBucket[] = [];
  let start = periodStartOf(fromMs, period, zone);
  while (epochMsOf(start.instant) < toMs) {
    const next = addPeriod(start.date, period);
    const nextMs = localMidnightMs(next.year, next.month, next.day, zone);
    const startMs = epochMsOf(start.instant);
    buckets.push({
      key: keyOf(start.date, period),
      start: instantFromEpochMs(Math.max(startMs, fromMs)),
      end: instantFromEpochMs(Math.min(nextMs, toMs)),
      partial: startMs < fromMs || nextMs > toMs,
    });
    start = { date: next, instant: instantFromEpochMs(nextMs) };
  }
  return buckets;
}

/** The index of the bucket holding `at`, or -1 when it is outside them all (binary search). */
export function findPeriodIndex(buckets: readonly PeriodBucket[], at: Instant): number {
  // Most instants a caller asks about fall outside the range: settle those in two comparisons.
  if (buckets.length === 0 || at < buckets[0]!.start || at >= buckets.at(-1)!.end) return -1;
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bucket = buckets[middle]!;
    if (at < bucket.start) high = middle - 1;
    else if (at >= bucket.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The quarter `2026Q3` as `[start, end)` in `zone`; null when the text is not a quarter. */
export function quarterRange(text: string, zone: string): { from: Instant; to: Instant } | null {
  const match = /^(\d{4})Q([1-4])$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = (Number(match[2]) - 1) * 3 + 1;
  const end = addPeriod({ year, month, day: 1 }, 'quarter');
  return {
    from: instantFromEpochMs(localMidnightMs(year, month, 1, zone)),
    to: instantFromEpochMs(localMidnightMs(end.year, end.month, end.day, zone)),
  };
}

function periodStartOf(ms: number, period: Period, zone: string) {
  const parts = zonedPartsOf(ms, zone);
  let date: LocalDate;
  if (period === 'week') {
    date = shiftDays({ year: parts.year, month: parts.month, day: parts.day }, -parts.weekday);
  } else if (period === 'month') {
    date = { year: parts.year, month: parts.month, day: 1 };
  } else {
    date = { year: parts.year, month: Math.floor((parts.month - 1) / 3) * 3 + 1, day: 1 };
  }
  return {
    date,
    instant: instantFromEpochMs(localMidnightMs(date.year, date.month, date.day, zone)),
  };
}

function addPeriod(date: LocalDate, period: Period): LocalDate {
  if (period === 'week') return shiftDays(date, 7);
  const months = period === 'month' ? 1 : 3;
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

function shiftDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function keyOf(date: LocalDate, period: Period): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (period === 'month') return `${date.year}-${pad(date.month)}`;
  if (period === 'quarter') return `${date.year}Q${Math.floor((date.month - 1) / 3) + 1}`;
  // ISO week: the week belongs to the year of its Thursday.
  const thursday = shiftDays(date, 3);
  const firstThursdayOrdinal = Date.UTC(thursday.year, 0, 1);
  const ordinal =
    (Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstThursdayOrdinal) / 86_400_000;
  return `${thursday.year}-W${pad(Math.floor(ordinal / 7) + 1)}`;
}
