/** @module Tests observed counts per value against an expected baseline and keeps only what is unlikely to be noise. */
import { adjustHolm, chiSquareGoodnessOfFit, chiSquarePValue } from './chi-square.js';

export const PATTERN_DIMENSIONS = [
  'hourOfDay',
  'dayOfWeek',
  'deployWindow',
  'factorCategory',
  'detectionSource',
] as const;
export type PatternDimension = (typeof PATTERN_DIMENSIONS)[number];

/** One dimension's counts: each value's observed count and its share under the baseline. */
export interface PatternInput {
  dimension: PatternDimension;
  /** Narrows the dimension, e.g. the service a factor-category test is about. */
  scope: string | null;
  baseline: string;
  cells: { value: string; observed: number; expectedShare: number }[];
}

export interface PatternCell {
  dimension: PatternDimension;
  scope: string | null;
  value: string;
  observed: number;
  expected: number;
  /** Holm-adjusted across every cell tested in the same call. */
  pValue: number | null;
  significant: boolean;
  direction: 'more' | 'fewer' | 'as expected';
}

export interface DimensionTest {
  dimension: PatternDimension;
  scope: string | null;
  baseline: string;
  total: number;
  statistic: number | null;
  df: number | null;
  pValue: number | null;
  /** Why the dimension was not tested, when it was not. */
  skipped: string | null;
}

export interface PatternOptions {
  alpha: number;
  /** Fewer incidents than this in a dimension: too few to say anything. */
  minTotal: number;
  /** A cell expecting fewer than this is shown but not tested (the chi-square approximation fails). */
  minExpected: number;
}

export const DEFAULT_PATTERN_OPTIONS: PatternOptions = {
  alpha: 0.05,
  minTotal: 20,
  minExpected: 5,
};

export const PATTERN_METHOD =
  'each value is tested against the rest of its dimension (Pearson chi-square, 1 degree of freedom; cells expecting fewer than 5 are not tested) and every p-value is Holm-adjusted over all the cells tested together; a dimension with fewer than 20 incidents is not tested';

/**
 * Tests each cell of every input; a cell is significant when its Holm-adjusted p-value is below
 * `alpha` and its dimension's omnibus chi-square is too, so one noisy cell cannot make a pattern.
 */
export function testPatterns(
  inputs: readonly PatternInput[],
  options: PatternOptions = DEFAULT_PATTERN_OPTIONS,
): { patterns: PatternCell[]; tests: DimensionTest[] } {
  const patterns: PatternCell[] = [];
  const tests: DimensionTest[] = [];
  const raw: { cell: PatternCell; p: number; omnibus: number }[] = [];
  for (const input of inputs) {
    const total = input.cells.reduce((sum, cell) => sum + cell.observed, 0);
    const shareSum = input.cells.reduce((sum, cell) => sum + cell.expectedShare, 0);
    const expected = input.cells.map((cell) =>
      shareSum > 0 ? (total * cell.expectedShare) / shareSum : 0,
    );
    const skipped =
      total < options.minTotal
        ? `only ${total} incidents; at least ${options.minTotal} are needed`
        : shareSum <= 0
          ? 'no baseline to compare with'
          : null;
    const fit =
      skipped === null
        ? chiSquareGoodnessOfFit(
            input.cells.map((c) => c.observed),
            expected,
          )
        : null;
    tests.push({
      dimension: input.dimension,
      scope: input.scope,
      baseline: input.baseline,
      total,
      statistic: fit?.statistic ?? null,
      df: fit?.df ?? null,
      pValue: fit?.pValue ?? null,
      skipped,
    });
    input.cells.forEach((cell, i) => {
      const e = expected[i]!;
      const result: PatternCell = {
        dimension: input.dimension,
        scope: input.scope,
        value: cell.value,
        observed: cell.observed,
        expected: e,
        pValue: null,
        significant: false,
        direction: 'as expected',
      };
      patterns.push(result);
      if (fit === null || e < options.minExpected || total - e <= 0) return;
      const statistic = (cell.observed - e) ** 2 / e + (cell.observed - e) ** 2 / (total - e);
      raw.push({ cell: result, p: chiSquarePValue(statistic, 1), omnibus: fit.pValue });
    });
  }
  const adjusted = adjustHolm(raw.map((r) => r.p));
  raw.forEach(({ cell, omnibus }, i) => {
    cell.pValue = adjusted[i]!;
    cell.significant = adjusted[i]! < options.alpha && omnibus < options.alpha;
    if (cell.significant) cell.direction = cell.observed > cell.expected ? 'more' : 'fewer';
  });
  return { patterns, tests };
}
