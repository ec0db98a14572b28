/** @module When a review's draft, meeting and publication are due, and which of them are late. */
import { labelDuration, labelInstant } from '../analysis/event-label.js';
import type { Finding } from '../finding.js';
import { epochMsOf, type Instant, instantFromEpochMs, secondsBetween } from '../instant.js';
import type { Policy } from './policy.js';
import type { Review } from './review.js';

export interface ReviewDueDates {
  draftDueAt: Instant;
  meetingDueAt: Instant;
  publishDueAt: Instant;
}

const HOUR_MS = 3_600_000;

/** Due instants counted from resolution; null while the incident is not resolved. */
export function reviewDueDates(resolvedAt: Instant | null, policy: Policy): ReviewDueDates | null {
  if (resolvedAt === null) return null;
  const after = (hours: number) => instantFromEpochMs(epochMsOf(resolvedAt) + hours * HOUR_MS);
  return {
    draftDueAt: after(policy.draftDueHours),
    meetingDueAt: after(policy.meetingDueHours),
    publishDueAt: after(policy.publishDueHours),
  };
}

/**
 * A warning for each section past its due instant and not yet done: the draft until first
 * submitted, the meeting until held, the publication until published.
 */
export function checkReviewDeadlines(
  review: Review,
  dueDates: ReviewDueDates | null,
  now: Instant,
): Finding[] {
  if (dueDates === null) return [];
  const late: Array<[string, string, Instant, string]> = [];
  if (review.submittedAt === null && now > dueDates.draftDueAt) {
    late.push(['review-draft-overdue', 'The draft', dueDates.draftDueAt, 'summary']);
  }
  const held = review.meeting.at !== null && review.meeting.at <= now;
  if (!held && now > dueDates.meetingDueAt) {
    late.push(['review-meeting-overdue', 'The review meeting', dueDates.meetingDueAt, 'meeting']);
  }
  if (review.status !== 'published' && now > dueDates.publishDueAt) {
    late.push(['review-publish-overdue', 'Publication', dueDates.publishDueAt, 'status']);
  }
  return late.map(([rule, what, due, path]) => ({
    rule,
    severity: 'warning',
    message: `${what} was due ${labelInstant(due)} and is ${labelDuration(secondsBetween(due, now))} late`,
    where: { path },
  }));
}
