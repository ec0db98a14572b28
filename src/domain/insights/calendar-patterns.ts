/** @module Hour-of-day and day-of-week counts in the workspace zone, against how many such hours the range holds. */
import { epochMsOf, type Instant } from '../instant.js';
import type { PatternInput } from './pattern-test.js';
import { zonedPartsOf } from './zoned-parts.js';

const HOUR_MS = 3_600_000;
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/**
 * Inputs for the `hourOfDay` and `dayOfWeek` tests of incidents starting at `starts`. The baseline
 * is the share of the range's wall-clock hours that fall on each hour and weekday in `zone`, so a
 * range that is not whole weeks, or crosses a DST change, is compared fairly.
 */
export function buildCalendarInputs(
  starts: readonly Instant[],
  from: Instant,
  to: Instant,
  zone: string,
): PatternInput[] {
  const hourShare = new Array<number>(24).fill(0);
  const dayShare = new Array<number>(7).fill(0);
  const end = epochMsOf(to);
  for (let ms = epochMsOf(from); ms < end; ms += HOUR_MS) {
    const parts = zonedPartsOf(ms, zone);
    const length = Math.min(HOUR_MS, end - ms) / HOUR_MS;
    hourShare[parts.hour]! += length;
    dayShare[parts.weekday]! += length;
  }
  const hours = new Array<number>(24).fill(0);
  const days = new Array<number>(7).fill(0);
  for (const start of starts) {
    const parts = zonedPartsOf(epochMsOf(start), zone);
    hours[parts.hour]! += 1;
    days[parts.weekday]! += 1;
  }
  return [
    {
      dimension: 'hourOfDay',
      scope: null,
      baseline: `incidents spread evenly over the hours of the range (${zone})`,
      cells: hours.map((observed, hour) => ({
        value: `${String(hour).padStart(2, '0')}:00`,
        observed,
        expectedShare: hourShare[hour]!,
      })),
    },
    {
      dimension: 'dayOfWeek',
      scope: null,
      baseline: `incidents spread evenly over the days of the range (${zone})`,
      cells: days.map((observed, day) => ({
        value: WEEKDAY_NAMES[day]!,
        observed,
        expectedShare: dayShare[day]!,
      })),
    },
  ];
}
