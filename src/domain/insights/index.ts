/** @module Learning across incidents: response metrics, follow-through, recurrence, patterns, error budgets and cost. */
export { buildCalendarInputs, WEEKDAY_NAMES } from './calendar-patterns.js';
export {
  adjustHolm,
  chiSquareGoodnessOfFit,
  chiSquarePValue,
  logGamma,
  regularizedGammaQ,
} from './chi-square.js';
export { buildDeployWindowInput, DEPLOY_WINDOWS, type DeploysByService } from './deploy-window.js';
export {
  buildDetectionSourceInput,
  classifyDetectionSource,
  DETECTION_SOURCES,
  type DetectionSource,
} from './detection-source.js';
export {
  type CostTotal,
  computeDowntimeCost,
  type DowntimeCost,
  type IncidentCost,
} from './downtime-cost.js';
export {
  attachFreezes,
  computeErrorBudgets,
  ERROR_BUDGET_DEFINITION,
  type ErrorBudget,
  exhaustedServicesOf,
} from './error-budget.js';
export {
  buildFactorCategoryInputs,
  type ServiceFactors,
  type TopCount,
  topCounts,
} from './factor-patterns.js';
export {
  computeFollowThrough,
  dueEndOf,
  type FollowThrough,
  type OverdueBacklog,
  overdueBacklogOf,
  overdueCutoffOf,
} from './follow-through.js';
export { computeIncidentFrequency, type IncidentFrequency, trendOf } from './incident-frequency.js';
export {
  type ActionItemFacts,
  anchorOf,
  type FactorFacts,
  type FreezeFacts,
  type IncidentFacts,
  type OverdueFacts,
  type OverdueItemFacts,
  type ReviewFacts,
} from './insight-facts.js';
export {
  DEFAULT_PATTERN_OPTIONS,
  type DimensionTest,
  PATTERN_DIMENSIONS,
  PATTERN_METHOD,
  type PatternCell,
  type PatternDimension,
  type PatternInput,
  testPatterns,
} from './pattern-test.js';
export {
  buildPeriods,
  findPeriodIndex,
  PERIODS,
  type Period,
  type PeriodBucket,
  quarterRange,
} from './periods.js';
export {
  DEFAULT_RECURRENCE_DAYS,
  findRecurrences,
  type Recurrence,
  type RecurrenceReport,
} from './recurrence.js';
export {
  computeResponseMetrics,
  RESPONSE_METRIC_DEFINITIONS,
  RESPONSE_METRICS,
  type ResponseFigure,
  type ResponseMetric,
  type ResponseMetrics,
} from './response-metrics.js';
export {
  type CompletionRow,
  computeReviewCompletion,
  REVIEW_COMPLETION_DEFINITION,
} from './review-completion.js';
export { percentileOf, type SummaryStats, summarizeValues } from './summary-stats.js';
export { zonedPartsOf } from './zoned-parts.js';
