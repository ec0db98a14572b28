import { describe, expect, it } from 'vitest';
import { addDays, dateAt, datesInText, isRealDate } from './calendar-date.js';

describe('dateAt', () => {
  it.each([
    ['2026-03-03', { year: 2026, month: 3, day: 3 }],
    ['2017/01/31 23:00', { year: 2017, month: 1, day: 31 }],
    ['31/01/2017', { year: 2017, month: 1, day: 31 }],
    ['01/31/2017', { year: 2017, month: 1, day: 31 }],
    ['31.01.2017', { year: 2017, month: 1, day: 31 }],
    ['October 21, 2018 22:52', { year: 2018, month: 10, day: 21 }],
    ['Oct 21 22:52', { year: null, month: 10, day: 21 }],
    ['21 Oct 2018, 10:52 PM', { year: 2018, month: 10, day: 21 }],
    ['Tuesday, March 3', { year: null, month: 3, day: 3 }],
    ['3rd of March, 2026', { year: 2026, month: 3, day: 3 }],
    ['Sept. 9th 2026', { year: 2026, month: 9, day: 9 }],
    ['05/05/2026', { year: 2026, month: 5, day: 5 }],
  ])('reads %j', (text, date) => {
    expect(dateAt(text, 0)?.date).toEqual(date);
  });

  it('keeps both readings when day and month are both 12 or less', () => {
    expect(dateAt('03/04/2026', 0)).toMatchObject({
      date: null,
      orders: { dmy: { year: 2026, month: 4, day: 3 }, mdy: { year: 2026, month: 3, day: 4 } },
    });
  });

  it.each(['2026-02-30', '32/01/2026', 'may 10 users', '14:03', 'version 1.2.3'])(
    'finds no date in %j',
    (text) => {
      expect(dateAt(text, 0)).toBeNull();
    },
  );
});

describe('datesInText', () => {
  it('finds every date in a sentence', () => {
    expect(datesInText('From March 3, 2026 to 2026-03-05.').map((m) => m.date)).toEqual([
      { year: 2026, month: 3, day: 3 },
      { year: 2026, month: 3, day: 5 },
    ]);
  });
});

describe('calendar helpers', () => {
  it('rolls a day over month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
  });

  it('accepts February 29 only in leap years', () => {
    expect(isRealDate({ year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 2027, month: 2, day: 29 })).toBe(false);
  });
});
