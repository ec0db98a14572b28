/** @module /insights: response metrics, follow-through, recurrence, patterns, error budgets and cost, as JSON or CSV. */
import type { Context } from 'hono';
import { type CsvTable, csvFromTable } from '../../../export/insights/csv-table.js';
import * as tables from '../../../export/insights/insight-tables.js';
import {
  InsightBodySchema,
  type InsightQueryInput,
  InsightQuerySchema,
} from '../../../shared/schemas/insights.js';
import { AppError } from '../../../usecases/app-error.js';
import type { UseCaseContext } from '../../../usecases/context.js';
import {
  getCostInsights,
  getErrorBudgetInsights,
  getFollowThroughInsights,
  getInsightsOverview,
  getRecurrenceInsights,
  getResponseInsights,
  insightQueryOf,
} from '../../../usecases/insights.js';
import { getPatternInsights } from '../../../usecases/insights-patterns.js';
import type { AppEnv } from '../../app-env.js';
import type { RouteRegistry } from '../../route.js';

interface InsightRoute<T> {
  path: string;
  summary: string;
  load(ctx: UseCaseContext, query: ReturnType<typeof insightQueryOf>): Promise<T>;
  /** CSV tables by name; the first is the default. */
  tables: Record<string, (body: T) => CsvTable>;
}

function route<T>(spec: InsightRoute<T>): InsightRoute<unknown> {
  return spec as InsightRoute<unknown>;
}

const ROUTES: InsightRoute<unknown>[] = [
  route({
    path: '/insights/overview',
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
  route({
    path: '/insights/response',
    summary:
      'MTTD, MTTA, MTTM and MTTR per period, by severity, service and team, with the incidents behind each figure',
    load: getResponseInsights,
    tables: {
      response: (body) => tables.responseTable(body.figures),
      frequency: (body) => tables.frequencyTable(body.frequency),
    },
  }),
  route({
    path: '/insights/follow-through',
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
  route({
    path: '/insights/recurrence',
    summary:
      'Incidents that recur after an earlier published review, and the items meant to prevent them',
    load: getRecurrenceInsights,
    tables: {
      recurrences: (body) => tables.recurrenceTable(body),
      rates: (body) => tables.recurrenceRateTable(body),
    },
  }),
  route({
    path: '/insights/patterns',
    summary:
      'Counts by hour, weekday, deploy window, factor category and detection source, tested against a baseline',
    load: getPatternInsights,
    tables: {
      patterns: (body) => tables.patternTable(body.patterns),
      tests: (body) => tables.patternTestTable(body.tests),
    },
  }),
  route({
    path: '/insights/error-budgets',
    summary:
      'Error budget per service with an SLO: budget, consumed, remaining, burn rate, freeze when exhausted',
    load: getErrorBudgetInsights,
    tables: { budgets: (body) => tables.errorBudgetTable(body.budgets) },
  }),
  route({
    path: '/insights/cost',
    summary: 'Cost of downtime per incident and totals per period and service',
    load: getCostInsights,
    tables: {
      incidents: (body) => tables.costTable(body),
      totals: (body) => tables.costTotalsTable(body),
    },
  }),
];

export function registerInsightRoutes(routes: RouteRegistry): void {
  for (const spec of ROUTES) {
    routes.add(
      {
        method: 'get',
        path: spec.path,
        summary: `${spec.summary} (?format=csv or Accept: text/csv for CSV; ?table= one of ${Object.keys(spec.tables).join(', ')})`,
        tag: 'insights',
        query: InsightQuerySchema,
        response: {
          status: 200,
          schema: InsightBodySchema,
          description: 'The figures, each with its definition',
        },
      },
      async ({ c, ctx, query }) => {
        const table = tableOf(spec, query);
        const body = await spec.load(ctx, insightQueryOf(ctx, query));
        if (wantsCsv(c, query)) {
          c.header('content-type', 'text/csv; charset=utf-8');
          return c.body(csvFromTable(spec.tables[table]!(body)));
        }
        return c.json(body as object);
      },
    );
  }
}

function tableOf(spec: InsightRoute<unknown>, query: InsightQueryInput): string {
  const names = Object.keys(spec.tables);
  if (query.table === undefined) return names[0]!;
  if (!names.includes(query.table)) {
    throw new AppError('VALIDATION_FAILED', `table: must be one of ${names.join(', ')}`);
  }
  return query.table;
}

function wantsCsv(c: Context<AppEnv>, query: InsightQueryInput): boolean {
  if (query.format !== undefined) return query.format === 'csv';
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/csv') && !accept.includes('application/json');
}
