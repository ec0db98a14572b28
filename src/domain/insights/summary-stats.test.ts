import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOf, percentileOfRuns, summarizeValues } from './summary-stats.js';

describe('summarizeValues', () => {
  it.each([
    [[], { count: 0, median: null, p90: null, mean: null }],
    [[300], { count: 1, median: 300, p90: 300, mean: 300 }],
    [[600, 60, 120], { count: 3, median: 120, p90: 504, mean: 260 }],
    [[10, 20, 30, 40], { count: 4, median: 25, p90: 37, mean: 25 }],
  ])('summarizes %j', (values, expected) => {
    expect(summarizeValues(values)).toEqual(expected);
  });
});

describe('percentileOf', () => {
  it('interpolates between the nearest ranks', () => {
    expect(percentileOf([0, 100], 0.9)).toBe(90);
    expect(percentileOf([5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 1000], 0.9)).toBe(23);
  });
});

describe('percentileOfRuns', () => {
  it('gives what percentileOf gives over the runs written out', () => {
    const runs = fc
      .array(fc.record({ value: fc.integer({ min: -500, max: 500 }), count: fc.nat(6) }), {
        maxLength: 12,
      })
      .map((list) => [...list].sort((a, b) => a.value - b.value));
    fc.assert(
      fc.property(runs, fc.double({ min: 0, max: 1, noNaN: true }), (given, p) => {
        const written = given.flatMap(({ value, count }) => Array<number>(count).fill(value));
        expect(percentileOfRuns(given, p)).toBe(percentileOf(written, p));
      }),
    );
  });
});
