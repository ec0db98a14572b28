/** @module The reminder sweep: one digest a day to each owner of action items that are past due or due soon. */
import type { Instant } from '../domain/instant.js';
import {
  type ActionItemDigest,
  calendarDateIn,
  collectActionItemDigests,
  composeActionItemDigest,
  reminderHorizon,
} from '../domain/review/index.js';
import type { Workspace } from '../domain/workspace.js';
import { listActionItemsDueBy, listWorkspaces } from '../storage/index.js';
import { claimReminderDigest, finishReminderDigest } from '../storage/reminder-digests.js';
import { errorText, type JobContext, type MailOutcome, reviewUrlOf } from './sweep-context.js';

export interface ReminderSent {
  workspaceSlug: string;
  owner: string;
  /** The owner's calendar day in the workspace's zone; one digest per owner and day. */
  day: string;
  actionItemIds: string[];
  subject: string;
  outcome: Exclude<MailOutcome, 'no_recipients'>;
  error: string | null;
}

/** More items than anyone acts on from one mail; past it the digest lists the earliest. */
const ITEMS_PER_WORKSPACE = 5000;

/**
 * For every workspace, the digests of the day (in the workspace's zone): each owner address is
 * claimed once per day, so a second run or replica sends nothing; a failed send is retried by
 * later runs of the same day, up to `ctx.maxAttempts` tries.
 */
export async function sweepActionItemReminders(ctx: JobContext): Promise<ReminderSent[]> {
  const now = ctx.clock();
  const sent: ReminderSent[] = [];
  for (const workspace of await listWorkspaces(ctx.database.db)) {
    const day = calendarDateIn(now, workspace.timeZone);
    const listings = await listActionItemsDueBy(
      ctx.database.db,
      workspace.id,
      reminderHorizon(day),
      ITEMS_PER_WORKSPACE,
    );
    for (const digest of collectActionItemDigests(listings, day)) {
      const result = await sendDigest(ctx, workspace, digest, now);
      if (result !== null) sent.push(result);
    }
  }
  return sent;
}

async function sendDigest(
  ctx: JobContext,
  workspace: Workspace,
  digest: ActionItemDigest,
  now: Instant,
): Promise<ReminderSent | null> {
  const { db } = ctx.database;
  const key = { workspaceId: workspace.id, owner: digest.owner, day: digest.day };
  const actionItemIds = [...digest.overdue, ...digest.dueSoon].map((entry) => entry.item.id);
  if (!(await claimReminderDigest(db, key, actionItemIds, now, ctx.maxAttempts))) return null;
  const content = composeActionItemDigest(digest, (incidentKey) =>
    reviewUrlOf(ctx.publicUrl, incidentKey),
  );
  const base = {
    workspaceSlug: workspace.slug,
    owner: digest.owner,
    day: digest.day,
    actionItemIds,
    subject: content.subject,
  };
  const log = { owner: digest.owner, day: digest.day, items: actionItemIds.length };
  if (!ctx.mailer.enabled) {
    await finishReminderDigest(db, key, { status: 'off', error: null }, now);
    ctx.logger.info({ ...log, subject: content.subject }, 'mail is off; reminder recorded');
    return { ...base, outcome: 'recorded', error: null };
  }
  try {
    await ctx.mailer.send({ to: [digest.owner], ...content });
  } catch (error) {
    const message = errorText(error);
    await finishReminderDigest(db, key, { status: 'failed', error: message }, now);
    ctx.logger.error({ ...log, error: message }, 'reminder mail failed');
    return { ...base, outcome: 'failed', error: message };
  }
  await finishReminderDigest(db, key, { status: 'sent', error: null }, now);
  ctx.logger.info(log, 'reminder sent');
  return { ...base, outcome: 'sent', error: null };
}
