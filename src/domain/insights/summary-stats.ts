/** @module Count, median, 90th percentile and mean of a list of numbers. */

export interface SummaryStats {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/**
 * The `p` quantile (0–1) of sorted values, interpolating between the two nearest ranks
 * (the method spreadsheets call PERCENTILE.INC), so small samples give stable, checkable figures.
 * @example percentileOf([10, 20, 30, 40], 0.9) // 37
 */
export function percentileOf(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
}

/**
 * `percentileOf` for values given as ascending runs of equal values (`count` copies of `value`),
 * so thousands of repeats need not be listed one by one.
 * @example percentileOfRuns([{ value: 10, count: 1 }, { value: 20, count: 3 }], 0.5) // 20
 */
export function percentileOfRuns(
  runs: readonly { value: number; count: number }[],
  p: number,
): number | null {
  const total = runs.reduce((sum, run) => sum + run.count, 0);
  if (total === 0) return null;
  const valueAt = (index: number) => {
    let left = index;
    for (const run of runs) {
      if (left < run.count) return run.value;
      left -= run.count;
    }
    return runs.at(-1)!.value;
  };
  const rank = (total - 1) * p;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, total - 1);
  return valueAt(low) + (rank - low) * (valueAt(high) - valueAt(low));
}

/** Summary figures of `values` (any order); all null but the count when there are none. */
export function summarizeValues(values: readonly number[]): SummaryStats {
  if (values.length === 0) return { count: 0, median: null, p90: null, mean: null };
  // A typed array sorts numerically in native code, many times faster than a comparator.
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    median: percentileOf(sorted, 0.5),
    p90: percentileOf(sorted, 0.9),
    mean: sum / sorted.length,
  };
}
