/** @module Which slice of the response times the screen shows (by severity, service or team; which metric), kept in the address. */
import type { InsightMetric } from '../client/types.js';

export type SliceBy = 'severity' | 'service' | 'team';

export interface SliceView {
  by: SliceBy;
  metric: InsightMetric;
}

export const SLICE_BYS: readonly SliceBy[] = ['severity', 'service', 'team'];
export const SLICE_METRICS: readonly InsightMetric[] = ['mttd', 'mtta', 'mttm', 'mttr'];

/** Time to resolve by severity: the question most people open the screen with. */
export const DEFAULT_SLICE_VIEW: SliceView = { by: 'severity', metric: 'mttr' };

/** The view named in the address (`?slice=service&metric=mtta`); anything unknown falls back to the default. */
export function sliceViewFromSearch(search: string): SliceView {
  const params = new URLSearchParams(search);
  const by = params.get('slice') as SliceBy | null;
  const metric = params.get('metric') as InsightMetric | null;
  return {
    by: by && SLICE_BYS.includes(by) ? by : DEFAULT_SLICE_VIEW.by,
    metric: metric && SLICE_METRICS.includes(metric) ? metric : DEFAULT_SLICE_VIEW.metric,
  };
}

/** `search` with the view written into it, every other parameter (the range) kept as it was. */
export function searchWithSliceView(search: string, view: SliceView): string {
  const params = new URLSearchParams(search);
  params.set('slice', view.by);
  params.set('metric', view.metric);
  return `?${params}`;
}
