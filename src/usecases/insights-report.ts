/** @module The data of the quarterly pattern review: this quarter's insights by month, and the previous quarter's headline. */
import { quarterRange } from '../domain/insights/index.js';
import type { QuarterlyReportData, QuarterSummary } from '../export/insights/quarterly-report.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import {
  costInsightsOf,
  errorBudgetInsightsOf,
  followThroughInsightsOf,
  type InsightFacts,
  insightQueryOf,
  loadInsightFacts,
  recurrenceInsightsOf,
  responseInsightsOf,
} from './insights.js';
import { getPatternInsights } from './insights-patterns.js';

/** `2026Q3` → `2026Q2`; `2026Q1` → `2025Q4`. */
export function previousQuarterOf(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** Everything the quarterly report shows, for `quarter` (e.g. `2026Q3`) in `zone` (default the workspace's). */
export async function getQuarterlyReportData(
  ctx: UseCaseContext,
  quarter: string,
  zone?: string,
): Promise<QuarterlyReportData> {
  const inZone = zone ?? ctx.workspace.timeZone;
  const range = quarterRange(quarter, inZone);
  if (range === null)
    throw new AppError(
      'VALIDATION_FAILED',
      `quarter: must be a quarter such as 2026Q3, got "${quarter}"`,
    );
  const previousQuarter = previousQuarterOf(quarter);
  const previousRange = quarterRange(previousQuarter, inZone)!;
  const query = insightQueryOf(ctx, { ...range, zone: inZone, period: 'month' });
  const previousQuery = insightQueryOf(ctx, { ...previousRange, zone: inZone, period: 'quarter' });
  const [facts, previousFacts, patterns] = await Promise.all([
    loadInsightFacts(ctx, query),
    loadInsightFacts(ctx, previousQuery, { overdueItems: 0 }),
    getPatternInsights(ctx, query),
  ]);
  const response = responseInsightsOf(facts);
  const followThrough = followThroughInsightsOf(facts);
  const recurrence = recurrenceInsightsOf(facts, query);
  const cost = costInsightsOf(facts);
  return {
    quarter,
    previousQuarter,
    zone: inZone,
    generatedAt: ctx.clock(),
    current: summaryOf(facts, query),
    previous: summaryOf(previousFacts, previousQuery),
    response: response.figures,
    frequency: response.frequency,
    followThrough,
    completion: followThrough.reviewCompletion.rows,
    recurrence,
    patterns: patterns.patterns,
    patternTests: patterns.tests,
    budgets: (await errorBudgetInsightsOf(ctx, facts)).budgets.map(
      ({ spends, ...budget }) => budget,
    ),
    cost,
  };
}

function summaryOf(facts: InsightFacts, query: ReturnType<typeof insightQueryOf>): QuarterSummary {
  const response = responseInsightsOf(facts);
  const mttr = response.figures.find(
    (f) => f.period === 'total' && f.dimension === 'all' && f.metric === 'mttr',
  );
  const recurrence = recurrenceInsightsOf(facts, query);
  const assessed = recurrence.rows.reduce((sum, r) => sum + r.assessed, 0);
  const recurring = recurrence.rows.reduce((sum, r) => sum + r.recurring, 0);
  const onTime = followThroughInsightsOf(facts).onTime.find((r) => r.dimension === 'all');
  const costTotals = costInsightsOf(facts).totals.filter((t) => t.dimension === 'all');
  // Several currencies cannot be added; the headline shows the one with the largest total.
  const main = [...costTotals].sort((a, b) => b.total - a.total)[0];
  return {
    incidents: response.frequency.total,
    mttrMedianSeconds: mttr?.median ?? null,
    recurrenceRate: assessed === 0 ? null : recurring / assessed,
    onTimeRate: onTime?.rate ?? null,
    costTotal: main?.total ?? 0,
    currency: main?.currency ?? null,
  };
}
