/** @module The shapes of the insights the API returns, for the web client. */
export type { DowntimeCost } from '../domain/insights/downtime-cost.js';
export type { ErrorBudget } from '../domain/insights/error-budget.js';
export type { FollowThrough } from '../domain/insights/follow-through.js';
export type { IncidentFrequency } from '../domain/insights/incident-frequency.js';
export type { DimensionTest, PatternCell } from '../domain/insights/pattern-test.js';
export type { Period, PeriodBucket } from '../domain/insights/periods.js';
export type { RecurrenceReport } from '../domain/insights/recurrence.js';
export type { ResponseFigure, ResponseMetric } from '../domain/insights/response-metrics.js';
export type { CompletionRow } from '../domain/insights/review-completion.js';
