/** @module Runs every periodic sweep once, in order, and reports what each did. */
import {
  type ReminderSent,
  sweepActionItemReminders,
} from '../usecases/action-item-reminder-sweep.js';
import { type FollowUpAsked, sweepFollowUps } from '../usecases/follow-up-sweep.js';
import { errorText, type JobContext } from '../usecases/sweep-context.js';

export interface JobsReport {
  at: string;
  /** Where mail went: an SMTP URL without its password, or "off". */
  mail: string;
  followUps: FollowUpAsked[];
  reminders: ReminderSent[];
  /** Sweeps that stopped on an error (a database problem); the others still ran. */
  errors: Array<{ sweep: 'follow-ups' | 'reminders'; message: string }>;
}

/** Every sweep once; safe to call from several replicas at the same time. */
export async function runJobsOnce(ctx: JobContext): Promise<JobsReport> {
  const report: JobsReport = {
    at: ctx.clock(),
    mail: ctx.mailer.description,
    followUps: [],
    reminders: [],
    errors: [],
  };
  try {
    report.followUps = await sweepFollowUps(ctx);
  } catch (error) {
    report.errors.push({ sweep: 'follow-ups', message: errorText(error) });
  }
  try {
    report.reminders = await sweepActionItemReminders(ctx);
  } catch (error) {
    report.errors.push({ sweep: 'reminders', message: errorText(error) });
  }
  for (const { sweep, message } of report.errors) {
    ctx.logger.error({ sweep, error: message }, 'a periodic sweep failed');
  }
  return report;
}
