/** @module `hindsight insights …`: every insight as aligned tables, JSON or CSV, with the API's query rules. */
import { type CsvTable, csvField, csvFromTable } from '../../export/insights/csv-table.js';
import * as tables from '../../export/insights/insight-tables.js';
import { describeFirstIssue } from '../../shared/format-issues.js';
import { InsightQuerySchema } from '../../shared/schemas/insights.js';
import type { UseCaseContext } from '../../usecases/context.js';
import {
  getCostInsights,
  getErrorBudgetInsights,
  getFollowThroughInsights,
  getInsightsOverview,
  getRecurrenceInsights,
  getResponseInsights,
  type InsightQuery,
  insightQueryOf,
} from '../../usecases/insights.js';
import { getPatternInsights } from '../../usecases/insights-patterns.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { formatTable } from '../text-table.js';

interface View<T> {
  name: string;
  summary: string;
  load(ctx: UseCaseContext, query: InsightQuery): Promise<T>;
  tables: Record<string, (body: T) => CsvTable>;
}

const view = <T>(spec: View<T>) => spec as View<unknown>;

const VIEWS: View<unknown>[] = [
  view({
    name: 'overview',
    summary: 'Response metrics, frequency, follow-through, recurrence, error budgets and cost',
    load: getInsightsOverview,
    tables: {
      response: (b) => tables.responseTable(b.response.figures),
      frequency: (b) => tables.frequencyTable(b.frequency),
      budgets: (b) => tables.errorBudgetTable(b.errorBudgets.map((x) => ({ ...x, spends: [] }))),
    },
  }),
  view({
    name: 'response',
    summary: 'MTTD/MTTA/MTTM/MTTR per period by severity, service and team',
    load: getResponseInsights,
    tables: {
      response: (b) => tables.responseTable(b.figures),
      frequency: (b) => tables.frequencyTable(b.frequency),
    },
  }),
  view({
    name: 'follow-through',
    summary:
      'Action items created/done/verified, on-time rates, overdue backlog, review completion',
    load: getFollowThroughInsights,
    tables: {
      periods: (b) => tables.followThroughTable(b),
      'on-time': (b) => tables.onTimeTable(b),
      overdue: (b) => tables.overdueTable(b),
      completion: (b) => tables.completionTable(b.reviewCompletion.rows),
    },
  }),
  view({
    name: 'recurrence',
    summary: 'Incidents that recur after an earlier published review',
    load: getRecurrenceInsights,
    tables: {
      recurrences: (b) => tables.recurrenceTable(b),
      rates: (b) => tables.recurrenceRateTable(b),
    },
  }),
  view({
    name: 'patterns',
    summary: 'Hour, weekday, deploy window, factor and detection patterns with significance tests',
    load: getPatternInsights,
    tables: {
      patterns: (b) => tables.patternTable(b.patterns.filter((p) => p.significant)),
      tests: (b) => tables.patternTestTable(b.tests),
    },
  }),
  view({
    name: 'error-budgets',
    summary: 'Error budget per service: consumed, remaining, burn rate, freeze when exhausted',
    load: getErrorBudgetInsights,
    tables: { budgets: (b) => tables.errorBudgetTable(b.budgets) },
  }),
  view({
    name: 'cost',
    summary: 'Cost of downtime per incident and totals',
    load: getCostInsights,
    tables: { totals: (b) => tables.costTotalsTable(b), incidents: (b) => tables.costTable(b) },
  }),
];

function commandOf(spec: View<unknown>): Command {
  return {
    name: `insights ${spec.name}`,
    summary: spec.summary,
    usage: `hindsight insights ${spec.name} [--from ISO] [--to ISO] [--period week|month|quarter] [--zone IANA] [--recurrence-days N] [--table ${Object.keys(spec.tables).join('|')}] [--json|--csv]`,
    async run(args, io) {
      const { values } = parseOptions(args, {
        from: { type: 'string' },
        to: { type: 'string' },
        period: { type: 'string' },
        zone: { type: 'string' },
        'recurrence-days': { type: 'string' },
        table: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
      });
      if (values.json && values.csv) throw new UsageError('--json and --csv: choose one');
      const parsed = InsightQuerySchema.safeParse(
        {
          from: values.from,
          to: values.to,
          period: values.period,
          zone: values.zone,
          recurrenceDays: values['recurrence-days'],
        },
        { reportInput: true },
      );
      if (!parsed.success) {
        throw new UsageError(
          `--${describeFirstIssue(parsed.error, 'options').replace(/^recurrenceDays:/, 'recurrence-days:')}`,
        );
      }
      const names = Object.keys(spec.tables);
      if (values.table !== undefined && !names.includes(values.table)) {
        throw new UsageError(`--table: must be one of ${names.join(', ')}`);
      }
      const body = await withWorkspace(io.env, (ctx) =>
        spec.load(ctx, insightQueryOf(ctx, parsed.data)),
      );
      if (values.json) {
        io.stdout(`${JSON.stringify(body, null, 2)}\n`);
      } else if (values.csv) {
        io.stdout(csvFromTable(spec.tables[values.table ?? names[0]!]!(body)));
      } else {
        const chosen = values.table === undefined ? names : [values.table];
        io.stdout(chosen.map((name) => textTable(name, spec.tables[name]!(body))).join('\n'));
      }
      return EXIT.ok;
    },
  };
}

/** A table for the terminal: the heading, then aligned columns; long lists are cut. */
function textTable(name: string, table: CsvTable): string {
  if (table.rows.length === 0) return `${name}: none\n`;
  const cell = (value: unknown) => {
    const text = Array.isArray(value)
      ? value.join(', ')
      : csvField(value as never).replace(/^"|"$/g, '');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  };
  return `${name}\n${formatTable([table.columns, ...table.rows.map((row) => row.map(cell))])}\n`;
}

export const INSIGHTS_COMMANDS: Command[] = VIEWS.map(commandOf);
