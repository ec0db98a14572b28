import { describe, expect, it } from 'vitest';
import { dateOrderOf } from './date-order.js';

describe('dateOrderOf', () => {
  it.each([
    ['31/01/2027 23:00 and 01/02/2027 00:05', 'dmy'],
    ['01/31/2027 and 02/01/2027', 'mdy'],
    ['Dates are DD/MM/YYYY: 03/04/2026', 'dmy'],
    ['03/04/2026 only', null],
    ['31/01/2027 and 01/31/2027', null],
    ['no dates at all', null],
  ])('decides %j as %j', (text, order) => {
    expect(dateOrderOf(text)).toBe(order);
  });
});
