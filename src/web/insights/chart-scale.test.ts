import { describe, expect, it } from 'vitest';
import { countScale, durationScale, scaleValue } from './chart-scale.js';

describe('countScale', () => {
  it('uses steps of 1, 2 or 5 times a power of ten', () => {
    expect(countScale(7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(countScale(23).ticks).toEqual([0, 10, 20, 30]);
    expect(countScale(180).ticks).toEqual([0, 50, 100, 150, 200]);
  });

  it('never steps by less than one incident, and gives an empty chart one step', () => {
    expect(countScale(2).ticks).toEqual([0, 1, 2]);
    expect(countScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('durationScale', () => {
  it('steps by round minutes and hours', () => {
    expect(durationScale(240).ticks).toEqual([0, 60, 120, 180, 240]);
    expect(durationScale(5340).ticks).toEqual([0, 1800, 3600, 5400]);
    expect(durationScale(14_040).ticks).toEqual([0, 3600, 7200, 10_800, 14_400]);
  });

  it('steps by whole days past a few days', () => {
    expect(durationScale(9 * 86_400).ticks).toEqual([0, 432_000, 864_000]);
  });

  it('gives an empty chart a one-minute axis', () => {
    expect(durationScale(0)).toEqual({ max: 60, ticks: [0, 60] });
  });
});

describe('scaleValue', () => {
  it('maps a value onto the axis and clamps what falls outside', () => {
    expect(scaleValue(30, 60, 120)).toBe(60);
    expect(scaleValue(90, 60, 120)).toBe(120);
    expect(scaleValue(-5, 60, 120)).toBe(0);
    expect(scaleValue(5, 0, 120)).toBe(0);
  });
});
