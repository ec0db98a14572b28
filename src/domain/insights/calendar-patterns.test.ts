import { describe, expect, it } from 'vitest';
import { buildCalendarInputs } from './calendar-patterns.js';
import { at } from './test-builders.js';

describe('buildCalendarInputs', () => {
  it('counts hours and weekdays in the zone, not in UTC', () => {
    // Sunday 23:30 UTC is Monday 08:30 in Tokyo.
    const [hours, days] = buildCalendarInputs(
      [at('2026-03-01T23:30:00.000Z')],
      at('2026-03-02T00:00:00.000Z'),
      at('2026-03-09T00:00:00.000Z'),
      'Asia/Tokyo',
    );
    expect(hours!.cells.find((c) => c.observed === 1)!.value).toBe('08:00');
    expect(days!.cells.find((c) => c.observed === 1)!.value).toBe('Monday');
  });

  it('weights the baseline by the hours of each weekday the range holds', () => {
    // 2026-03-02 (Monday) to 2026-03-11 (Wednesday): Monday, Tuesday, Wednesday twice, the rest once.
    const [, days] = buildCalendarInputs(
      [],
      at('2026-03-02T00:00:00.000Z'),
      at('2026-03-11T00:00:00.000Z'),
      'UTC',
    );
    expect(days!.cells.map((c) => c.expectedShare)).toEqual([48, 48, 24, 24, 24, 24, 24]);
  });

  it('gives the hour skipped by the spring DST change no weight that day', () => {
    const [hours] = buildCalendarInputs(
      [],
      at('2026-03-28T23:00:00.000Z'),
      at('2026-03-29T22:00:00.000Z'),
      'Europe/Paris',
    );
    expect(hours!.cells.find((c) => c.value === '02:00')!.expectedShare).toBe(0);
    expect(hours!.cells.reduce((sum, c) => sum + c.expectedShare, 0)).toBe(23);
  });
});
