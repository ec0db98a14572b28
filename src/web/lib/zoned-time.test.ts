import { describe, expect, it } from 'vitest';
import { formatInstant, instantFromZoned, zonedPartsOf } from './zoned-time.js';

describe('zoned time', () => {
  it.each([
    ['2026-03-12', '09:15', 'UTC', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12', '09:15', 'America/New_York', '2026-03-12T13:15:00.000Z'],
    ['2026-07-01', '09:15:20', 'Europe/Paris', '2026-07-01T07:15:20.000Z'],
    // 02:30 does not exist in Paris on 29 March 2026: the clock jumps from 02:00 to 03:00.
    ['2026-03-29', '02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-12', '24:00', 'UTC', null],
  ])('reads %s %s in %s as %s', (date, time, zone, expected) => {
    expect(instantFromZoned(date, time, zone)).toBe(expected);
  });

  it('formats an instant with the zone it is shown in', () => {
    expect(formatInstant('2026-03-12T23:30:00.000Z', 'Asia/Tokyo')).toBe(
      '2026-03-13 08:30 Asia/Tokyo',
    );
    expect(formatInstant('2026-03-12T23:30:05.000Z', 'UTC', true)).toBe('2026-03-12 23:30:05 UTC');
  });

  it('splits an instant into the wall-clock date and time of a zone', () => {
    expect(zonedPartsOf(Date.parse('2026-01-01T00:00:00Z'), 'America/Los_Angeles')).toEqual({
      date: '2025-12-31',
      time: '16:00:00',
    });
  });
});
