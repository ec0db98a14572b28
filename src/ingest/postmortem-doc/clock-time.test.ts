import { describe, expect, it } from 'vitest';
import { clockTimeAt, minutesOfDay } from './clock-time.js';

describe('clockTimeAt', () => {
  it.each([
    ['09:15 —', { hour: 9, minute: 15, second: 0 }, 5],
    ['9:15am', { hour: 9, minute: 15, second: 0 }, 6],
    ['2:15 PM:', { hour: 14, minute: 15, second: 0 }, 7],
    ['12:05 a.m.', { hour: 0, minute: 5, second: 0 }, 10],
    ['12:30 PM', { hour: 12, minute: 30, second: 0 }, 8],
    ['14:03:27 UTC', { hour: 14, minute: 3, second: 27 }, 8],
    ['14:03:27.120Z', { hour: 14, minute: 3, second: 27 }, 12],
    ['9am', { hour: 9, minute: 0, second: 0 }, 3],
    ['1403Z', { hour: 14, minute: 3, second: 0 }, 4],
    ['0912 hrs', { hour: 9, minute: 12, second: 0 }, 8],
    ['noon — rolled back', { hour: 12, minute: 0, second: 0 }, 4],
    ['Midnight: cutover', { hour: 0, minute: 0, second: 0 }, 8],
  ])('reads %j', (text, time, length) => {
    expect(clockTimeAt(text, 0)).toEqual({ time, length });
  });

  it.each(['25:00', '13:15 pm', '9:75', '2026', '1:2', '10 users', 'noonday'])(
    'finds no time in %j',
    (text) => {
      expect(clockTimeAt(text, 0)).toBeNull();
    },
  );

  it('counts minutes since midnight', () => {
    expect(minutesOfDay({ hour: 23, minute: 50, second: 30 })).toBe(1430.5);
  });
});
