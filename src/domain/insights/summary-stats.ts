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
export function percentileOf(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
}

/** Summary figures of `values` (any order); all null but the count when there are none. */
export function summarizeValues(values: readonly number[]): SummaryStats {
  if (values.length === 0) return { count: 0, median: null, p90: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    median: percentileOf(sorted, 0.5),
    p90: percentileOf(sorted, 0.9),
    mean: sum / sorted.length,
  };
}
