/** @module The rows of the sliced response-time table: one per severity, service or team, slowest first. */
import type { InsightMetric, ResponseFigure } from '../client/types.js';
import type { SliceBy } from './slice-view.js';

const byValue = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Larger first, nothing measured last. */
function compareSlower(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * The whole-range figures of `metric` for each value of `by`, slowest median first; ties go to
 * the slower 90th percentile, then to the slice with more incidents measured, then by name
 * (`SEV2` before `SEV10`). Slices where nothing could be measured come last.
 */
export function rankResponseSlices(
  figures: readonly ResponseFigure[],
  by: SliceBy,
  metric: InsightMetric,
): ResponseFigure[] {
  return figures
    .filter((f) => f.period === 'total' && f.dimension === by && f.metric === metric)
    .sort(
      (a, b) =>
        compareSlower(a.median, b.median) ||
        compareSlower(a.p90, b.p90) ||
        b.count - a.count ||
        byValue.compare(a.value, b.value),
    );
}

/** The whole-range figure of `metric` over all incidents, the yardstick each slice is read against. */
export function findOverallFigure(
  figures: readonly ResponseFigure[],
  metric: InsightMetric,
): ResponseFigure | undefined {
  return figures.find((f) => f.period === 'total' && f.dimension === 'all' && f.metric === metric);
}
