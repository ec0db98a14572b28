/**
 * @module Every insight view, once: its name, what it shows, how it is computed and the CSV tables
 * it offers. The API serves them at /insights/{name}; the CLI runs them as `hindsight insights {name}`.
 */
import type { CsvTable } from '../export/insights/csv-table.js';
import * as tables from '../export/insights/insight-tables.js';
import type { UseCaseContext } from './context.js';
import {
  getCostInsights,
  getErrorBudgetInsights,
  getFollowThroughInsights,
  getInsightsOverview,
  getRecurrenceInsights,
  getResponseInsights,
  type InsightQuery,
} from './insights.js';
import { getPatternInsights } from './insights-patterns.js';

export interface InsightView<T> {
  name: string;
  summary: string;
  load(ctx: UseCaseContext, query: InsightQuery): Promise<T>;
  /** CSV tables by name; the first is the default. */
  tables: Record<string, (body: T) => CsvTable>;
}

function view<T>(spec: InsightView<T>): InsightView<unknown> {
  return spec as InsightView<unknown>;
}

export const INSIGHT_VIEWS: InsightView<unknown>[] = [
  view({
    name: 'overview',
    summary:
      'Response metrics, frequency, follow-through, recurrence, error budgets and the cost headline',
    load: getInsightsOverview,
    tables: {
      response: (body) => tables.responseTable(body.response.figures),
      frequency: (body) => tables.frequencyTable(body.frequency),
      budgets: (body) =>
        tables.errorBudgetTable(body.errorBudgets.map((b) => ({ ...b, spends: [] }))),
    },
  }),
  view({
    name: 'response',
    summary:
      'MTTD, MTTA, MTTM and MTTR per period, by severity, service and team, with the incidents behind each figure',
    load: getResponseInsights,
    tables: {
      response: (body) => tables.responseTable(body.figures),
      frequency: (body) => tables.frequencyTable(body.frequency),
    },
  }),
  view({
    name: 'follow-through',
    summary:
      'Action items created, done and verified; on-time rates; the overdue backlog; review completion',
    load: getFollowThroughInsights,
    tables: {
      periods: (body) => tables.followThroughTable(body),
      'on-time': (body) => tables.onTimeTable(body),
      overdue: (body) => tables.overdueTable(body),
      completion: (body) => tables.completionTable(body.reviewCompletion.rows),
    },
  }),
  view({
    name: 'recurrence',
    summary:
      'Incidents that recur after an earlier published review, and the items meant to prevent them',
    load: getRecurrenceInsights,
    tables: {
      recurrences: (body) => tables.recurrenceTable(body),
      rates: (body) => tables.recurrenceRateTable(body),
    },
  }),
  view({
    name: 'patterns',
    summary:
      'Counts by hour, weekday, deploy window, factor category and detection source, tested against a baseline',
    load: getPatternInsights,
    tables: {
      patterns: (body) => tables.patternTable(body.patterns),
      tests: (body) => tables.patternTestTable(body.tests),
    },
  }),
  view({
    name: 'error-budgets',
    summary:
      'Error budget per service with an SLO: budget, consumed, remaining, burn rate, freeze when exhausted',
    load: getErrorBudgetInsights,
    tables: { budgets: (body) => tables.errorBudgetTable(body.budgets) },
  }),
  view({
    name: 'cost',
    summary: 'Cost of downtime per incident and totals per period and service',
    load: getCostInsights,
    tables: {
      incidents: (body) => tables.costTable(body),
      totals: (body) => tables.costTotalsTable(body),
    },
  }),
];
