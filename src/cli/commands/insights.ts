/** @module `hindsight insights …`: every insight as aligned tables, JSON or CSV, with the API's query rules. */
import { type CsvTable, csvField, csvFromTable } from '../../export/insights/csv-table.js';
import { describeFirstIssue } from '../../shared/format-issues.js';
import { InsightQuerySchema } from '../../shared/schemas/insights.js';
import { INSIGHT_VIEWS, type InsightView } from '../../usecases/insight-views.js';
import { insightQueryOf } from '../../usecases/insights.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';
import { formatTable } from '../text-table.js';

function commandOf(spec: InsightView<unknown>): Command {
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

export const INSIGHTS_COMMANDS: Command[] = INSIGHT_VIEWS.map(commandOf);
