import { describe, expect, it } from 'vitest';
import {
  adjustHolm,
  chiSquareGoodnessOfFit,
  chiSquarePValue,
  logGamma,
  regularizedGammaQ,
} from './chi-square.js';

describe('chiSquarePValue', () => {
  // Critical values from standard chi-square tables.
  it.each([
    [3.841458820694124, 1, 0.05],
    [6.634896601021214, 1, 0.01],
    [5.991464547107979, 2, 0.05],
    [35.17246162690806, 23, 0.05],
    [12.591587243743977, 6, 0.05],
    [0, 3, 1],
  ])('gives %d with %i degrees of freedom a p-value of %d', (statistic, df, p) => {
    expect(chiSquarePValue(statistic, df)).toBeCloseTo(p, 10);
  });

  it('matches the closed form exp(−x/2) for two degrees of freedom far in the tail', () => {
    expect(chiSquarePValue(60, 2)).toBeCloseTo(Math.exp(-30), 20);
  });
});

describe('regularizedGammaQ', () => {
  it('equals e^−x for a = 1 on both sides of the series/continued-fraction switch', () => {
    for (const x of [0.1, 1.5, 2, 7]) expect(regularizedGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 12);
  });
});

describe('logGamma', () => {
  it('gives ln of factorials and of Γ(1/2) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});

describe('chiSquareGoodnessOfFit', () => {
  it('computes the statistic of a hand-worked die of 60 throws', () => {
    // (5−10)² + (8−10)² + (9−10)² + (8−10)² + (10−10)² + (20−10)² = 134, ÷ 10.
    const fit = chiSquareGoodnessOfFit([5, 8, 9, 8, 10, 20], [10, 10, 10, 10, 10, 10]);
    expect(fit.statistic).toBeCloseTo(13.4, 12);
    expect(fit.df).toBe(5);
    expect(fit.pValue).toBeCloseTo(0.019905, 5);
  });
});

describe('adjustHolm', () => {
  it('multiplies the k-th smallest p-value by m − k + 1 and keeps the order monotone', () => {
    expect(adjustHolm([0.01, 0.04, 0.03])).toEqual([0.03, 0.06, 0.06]);
    expect(adjustHolm([0.5, 0.001])).toEqual([0.5, 0.002]);
  });
});
