/** @module The follow-up sweep: asks the people of each published review whose follow-up is due, once. */
import type { Instant } from '../domain/instant.js';
import { composeFollowUpEmail, followUpRecipients } from '../domain/review/index.js';
import {
  claimFollowUpAsk,
  type FollowUpToAsk,
  findReviewByIncident,
  finishFollowUpAsk,
  listFollowUpsToAsk,
} from '../storage/index.js';
import { errorText, type JobContext, type MailOutcome, reviewUrlOf } from './sweep-context.js';

export interface FollowUpAsked {
  incidentKey: string;
  to: string[];
  subject: string;
  outcome: MailOutcome;
  /** Which try this was (1 for the first). */
  attempt: number;
  error: string | null;
}

/** How many due follow-ups one run handles; the rest wait for the next run. */
const BATCH = 100;

/**
 * Asks every due, unasked follow-up: claims it (only one replica wins), mails the review's
 * authors, reviewers and owners, and keeps the claim; a failed send gives the claim back so a
 * later run retries it, up to `ctx.maxAttempts` tries.
 */
export async function sweepFollowUps(ctx: JobContext): Promise<FollowUpAsked[]> {
  const now = ctx.clock();
  const due = await listFollowUpsToAsk(ctx.database.db, now, {
    maxAttempts: ctx.maxAttempts,
    limit: BATCH,
  });
  const asked: FollowUpAsked[] = [];
  for (const candidate of due) {
    const result = await askFollowUp(ctx, candidate, now);
    if (result !== null) asked.push(result);
  }
  return asked;
}

async function askFollowUp(
  ctx: JobContext,
  candidate: FollowUpToAsk,
  now: Instant,
): Promise<FollowUpAsked | null> {
  const { db } = ctx.database;
  const key = { workspaceId: candidate.workspaceId, reviewId: candidate.reviewId };
  if (!(await claimFollowUpAsk(db, key, now, ctx.maxAttempts))) return null;
  const attempt = candidate.attempts + 1;
  const review = await findReviewByIncident(db, candidate.workspaceId, candidate.incidentId);
  if (review === null || review.followUp === null) return null;
  const to = followUpRecipients(review);
  const content = composeFollowUpEmail({
    incidentKey: candidate.incidentKey,
    incidentTitle: candidate.incidentTitle,
    followUp: review.followUp,
    actionItems: review.actionItems,
    reviewUrl: reviewUrlOf(ctx.publicUrl, candidate.incidentKey),
  });
  const base = { incidentKey: candidate.incidentKey, to, subject: content.subject, attempt };
  const log = { incident: candidate.incidentKey, to, attempt };
  if (to.length === 0) {
    await finishFollowUpAsk(db, key, now, null);
    ctx.logger.warn(log, 'follow-up due, but no author, reviewer or owner is a mail address');
    return { ...base, outcome: 'no_recipients', error: null };
  }
  if (!ctx.mailer.enabled) {
    await finishFollowUpAsk(db, key, now, null);
    ctx.logger.info(
      { ...log, subject: content.subject },
      'mail is off; follow-up recorded as asked',
    );
    return { ...base, outcome: 'recorded', error: null };
  }
  try {
    await ctx.mailer.send({ to, ...content });
  } catch (error) {
    const message = errorText(error);
    await finishFollowUpAsk(db, key, now, message);
    const last = attempt >= ctx.maxAttempts;
    ctx.logger.error(
      { ...log, error: message },
      last ? 'follow-up mail failed; giving up' : 'follow-up mail failed; the next run retries',
    );
    return { ...base, outcome: 'failed', error: message };
  }
  await finishFollowUpAsk(db, key, now, null);
  ctx.logger.info(log, 'follow-up asked');
  return { ...base, outcome: 'sent', error: null };
}
