/** @module The insights the web app reads, typed by the domain computations that produce them (types only). */
import type { DowntimeCost } from '../../domain/insights/downtime-cost.js';
import type { ErrorBudget } from '../../domain/insights/error-budget.js';
import type { FollowThrough } from '../../domain/insights/follow-through.js';
import type { IncidentFrequency } from '../../domain/insights/incident-frequency.js';
import type { DimensionTest, PatternCell } from '../../domain/insights/pattern-test.js';
import type { Period, PeriodBucket } from '../../domain/insights/periods.js';
import type { RecurrenceReport } from '../../domain/insights/recurrence.js';
import type { ResponseFigure, ResponseMetric } from '../../domain/insights/response-metrics.js';
import type { CompletionRow } from '../../domain/insights/review-completion.js';

export type InsightPeriod = Period;
export type InsightMetric = ResponseMetric;
export type ResponseFigureView = ResponseFigure & { keysTruncated: boolean };
export type OverviewBudget = Omit<ErrorBudget, 'spends'> & { incidents: number };

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
