/** @module /insights: response metrics, follow-through, recurrence, patterns, error budgets and cost, as JSON or CSV. */
import type { Context } from 'hono';
import { csvFromTable } from '../../../export/insights/csv-table.js';
import {
  InsightBodySchema,
  type InsightQueryInput,
  InsightQuerySchema,
} from '../../../shared/schemas/insights.js';
import { AppError } from '../../../usecases/app-error.js';
import { INSIGHT_VIEWS, type InsightView } from '../../../usecases/insight-views.js';
import { insightQueryOf } from '../../../usecases/insights.js';
import type { AppEnv } from '../../app-env.js';
import type { RouteRegistry } from '../../route.js';

export function registerInsightRoutes(routes: RouteRegistry): void {
  for (const spec of INSIGHT_VIEWS) {
    routes.add(
      {
        method: 'get',
        path: `/insights/${spec.name}`,
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

function tableOf(spec: InsightView<unknown>, query: InsightQueryInput): string {
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
