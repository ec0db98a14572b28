/** @module `hindsight report quarterly`: the quarterly pattern review as Markdown or HTML, with SVG charts. */
import { writeFileSync } from 'node:fs';
import { buildQuarterlyReport } from '../../export/insights/quarterly-report.js';
import { reportToHtml, reportToMarkdown } from '../../export/insights/report-blocks.js';
import { TimeZoneSchema } from '../../shared/schemas/primitives.js';
import { getQuarterlyReportData } from '../../usecases/insights-report.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { withWorkspace } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

export const reportQuarterlyCommand: Command = {
  name: 'report quarterly',
  summary:
    'Write the quarterly pattern review (Markdown or HTML, with charts) for a leadership meeting',
  usage:
    'hindsight report quarterly --quarter 2026Q3 [--format md|html] [--zone IANA] [--out FILE]',
  async run(args, io) {
    const { values } = parseOptions(args, {
      quarter: { type: 'string' },
      format: { type: 'string' },
      zone: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.quarter === undefined) throw new UsageError('--quarter: is required, e.g. 2026Q3');
    if (!/^\d{4}Q[1-4]$/.test(values.quarter)) {
      throw new UsageError(`--quarter: must be a quarter such as 2026Q3, got "${values.quarter}"`);
    }
    const format = values.format ?? 'md';
    if (format !== 'md' && format !== 'html')
      throw new UsageError(`--format: must be md or html, got "${format}"`);
    if (values.zone !== undefined && !TimeZoneSchema.safeParse(values.zone).success) {
      throw new UsageError('--zone: must be an IANA time zone such as Europe/Paris or UTC');
    }
    const quarter = values.quarter;
    const data = await withWorkspace(io.env, (ctx) =>
      getQuarterlyReportData(ctx, quarter, values.zone),
    );
    const blocks = buildQuarterlyReport(data);
    const text =
      format === 'md'
        ? reportToMarkdown(blocks)
        : reportToHtml(`Incident review — ${quarter}`, blocks);
    if (values.out === undefined) {
      io.stdout(text);
    } else {
      writeFileSync(values.out, text);
      io.stdout(`Wrote the ${quarter} report to ${values.out}\n`);
    }
    return EXIT.ok;
  },
};
