/** @module `hindsight jobs run`: runs every periodic sweep once (follow-ups, action-item reminders) and says what it did. */
import { loadConfig } from '../../config.js';
import { type JobsReport, runJobsOnce } from '../../jobs/run-jobs.js';
import { createJobContext } from '../../server.js';
import type { JobLogger } from '../../usecases/sweep-context.js';
import type { Command } from '../command.js';
import { EXIT } from '../io.js';
import { openCliDatabase } from '../open-workspace.js';
import { parseOptions } from '../parse-options.js';

// The report printed at the end says everything the logs would.
const QUIET: JobLogger = { info: () => {}, warn: () => {}, error: () => {} };

export const jobsRunCommand: Command = {
  name: 'jobs run',
  summary:
    'Run the periodic jobs once: ask due review follow-ups, send action-item reminders (HINDSIGHT_SMTP_URL, HINDSIGHT_MAIL_FROM)',
  usage: 'hindsight jobs run [--json]',
  async run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const config = loadConfig(io.env);
    const database = await openCliDatabase(io.env);
    const ctx = createJobContext(config, database, QUIET);
    let report: JobsReport;
    try {
      report = await runJobsOnce(ctx);
    } finally {
      await ctx.mailer.close();
      await database.close();
    }
    if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout(formatJobsReport(report));
    const failed =
      report.errors.length > 0 ||
      report.followUps.some((asked) => asked.outcome === 'failed') ||
      report.reminders.some((sent) => sent.outcome === 'failed');
    return failed ? EXIT.failed : EXIT.ok;
  },
};

const OUTCOME_TEXT = {
  sent: 'sent',
  recorded: 'recorded, not sent (mail is off)',
  failed: 'FAILED',
  no_recipients: 'recorded; nobody to mail (no author, reviewer or owner is a mail address)',
} as const;

/** The human report: one line per mail, with its outcome. */
export function formatJobsReport(report: JobsReport): string {
  const lines = [`Ran the periodic jobs at ${report.at} (mail: ${report.mail}).`];
  lines.push(
    report.followUps.length === 0
      ? 'Follow-ups: none due.'
      : `Follow-ups asked: ${report.followUps.length}`,
  );
  for (const asked of report.followUps) {
    const to = asked.to.length > 0 ? ` to ${asked.to.join(', ')}` : '';
    const error = asked.error === null ? '' : `: ${asked.error} (try ${asked.attempt})`;
    lines.push(`  ${asked.incidentKey}${to}: ${OUTCOME_TEXT[asked.outcome]}${error}`);
  }
  lines.push(
    report.reminders.length === 0
      ? 'Action-item reminders: none to send.'
      : `Action-item reminders: ${report.reminders.length}`,
  );
  for (const sent of report.reminders) {
    const error = sent.error === null ? '' : `: ${sent.error}`;
    lines.push(
      `  ${sent.owner} (${sent.workspaceSlug}, ${sent.day}), ${sent.actionItemIds.length} item(s): ${OUTCOME_TEXT[sent.outcome]}${error}`,
    );
  }
  for (const { sweep, message } of report.errors) lines.push(`Error in ${sweep}: ${message}`);
  return `${lines.join('\n')}\n`;
}
