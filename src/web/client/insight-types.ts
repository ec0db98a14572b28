/** @module The insights the web app reads, typed by the domain computations that produce them (types only). */
import type {
  CompletionRow,
  DimensionTest,
  DowntimeCost,
  ErrorBudget,
  FollowThrough,
  IncidentFrequency,
  PatternCell,
  Period,
  PeriodBucket,
  RecurrenceReport,
  ResponseFigure,
  ResponseMetric,
} from '../../shared/insight-types.js';

export type { ResponseFigure };
export type InsightPeriod = Period;
export type InsightMetric = ResponseMetric;
export type ResponseFigureView = ResponseFigure & { keysTruncated: boolean };
export type OverviewBudget = Omit<ErrorBudget, 'spends'> & {
  incidents: number;
  /** All the items the freeze waits on; `freezeItems` holds the first of them. */
  freezeItemCount: number;
};

/** `GET /insights/overview`. */
export interface InsightsOverview {
  range: { from: string; to: string; zone: string; period: Period };
  periods: PeriodBucket[];
  response: { cancelled: number; figures: ResponseFigureView[] };
  frequency: IncidentFrequency;
  followThrough: FollowThrough & {
    reviewCompletion: { definition: string; rows: CompletionRow[] };
  };
  recurrence: Pick<RecurrenceReport, 'windowDays' | 'definition' | 'rows'> & {
    recurring: number;
    latest: RecurrenceReport['recurrences'];
  };
  errorBudgets: OverviewBudget[];
  cost: Pick<DowntimeCost, 'definition' | 'totals'> & {
    unestimated: number;
    costliest: DowntimeCost['incidents'];
  };
}

/** `GET /insights/response`: every figure per period and slice, with every incident key behind it. */
export interface ResponseInsights {
  figures: ResponseFigure[];
  /** Cancelled incidents in range, left out of every figure. */
  cancelledKeys: string[];
}

/** `GET /insights/patterns` (the parts the screen shows). */
export interface PatternInsights {
  range: { from: string; to: string; zone: string };
  method: string;
  patterns: PatternCell[];
  tests: DimensionTest[];
}

/** One budget of `GET /incidents/{key}/error-budgets`. */
export type ServiceBudget = Omit<
  ErrorBudget,
  'spends' | 'windowStart' | 'windowEnd' | 'unmeasuredKeys'
>;
