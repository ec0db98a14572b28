import { describe, expect, it } from 'vitest';
import {
  describeTrend,
  formatBurnRate,
  formatMinutes,
  formatMoney,
  formatPValue,
  formatRate,
} from './format-insight.js';

describe('formatRate', () => {
  it.each([
    [0.667, '67%'],
    [1, '100%'],
    [0, '0%'],
    [null, '—'],
  ])('writes %s as %s', (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe('formatMinutes', () => {
  it('writes minutes as a duration and keeps an overspent budget negative', () => {
    expect(formatMinutes(41)).toBe('41 min');
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(formatMinutes(-121.8)).toBe('−2 h 1 min');
  });
});

describe('formatMoney', () => {
  it('writes whole amounts in the currency, and falls back to the code for an unknown one', () => {
    expect(formatMoney(12_400.4, 'EUR')).toBe('€12,400');
    expect(formatMoney(980, 'USD')).toBe('$980');
    expect(formatMoney(1500, 'XX')).toBe('1,500 XX');
  });
});

describe('formatPValue', () => {
  it.each([
    [0.0004, '< 0.001'],
    [0.01234, '0.012'],
    [0.5, '0.5'],
    [null, '—'],
  ])('writes %s as %s', (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });
});

describe('formatBurnRate', () => {
  it('writes a burn rate as a multiple with one decimal', () => {
    expect(formatBurnRate(1.898)).toBe('1.9×');
  });
});

describe('describeTrend', () => {
  it('says which way the count moves and by how much per period', () => {
    const rising = {
      slopePerPeriod: 1,
      change: 1,
      changeFraction: null,
      direction: 'rising',
    } as const;
    expect(describeTrend(rising, 'month')).toBe('Rising: about 1 more incident each month.');
    const falling = {
      slopePerPeriod: -2.25,
      change: -2,
      changeFraction: -0.5,
      direction: 'falling',
    } as const;
    expect(describeTrend(falling, 'week')).toBe('Falling: about 2.3 fewer incidents each week.');
  });

  it('calls a flat trend flat', () => {
    const flat = { slopePerPeriod: 0.01, change: 0, changeFraction: 0, direction: 'flat' } as const;
    expect(describeTrend(flat, 'month')).toBe(
      'Flat: about the same number of incidents each month.',
    );
  });

  it('says what is missing when the trend cannot be told', () => {
    const unknown = {
      slopePerPeriod: null,
      change: null,
      changeFraction: null,
      direction: 'unknown',
    } as const;
    expect(describeTrend(unknown, 'quarter')).toBe(
      'Trend unknown: it needs at least two full quarters.',
    );
  });
});
