/** @module Review status changes: submit, approve, request changes, publish (or override) and reopen. */
import type { Finding } from '../finding.js';
import type { Instant } from '../instant.js';
import { scheduleFollowUp } from './follow-up.js';
import { checkReadiness, type ReadinessContext } from './readiness.js';
import type { Review, Reviewer, ReviewStatus } from './review.js';

export interface ReviewActor {
  name: string;
  isAdmin: boolean;
}

export type ReviewAction =
  | { type: 'submit' }
  | { type: 'approve'; comment?: string }
  | { type: 'requestChanges'; comment: string }
  /** `override` lets an admin publish without approval or passing readiness; the reason is kept. */
  | { type: 'publish'; override?: { reason: string } }
  | { type: 'reopen' };

export type ReviewTransitionContext = Omit<ReadinessContext, 'now'>;

export type ReviewTransitionResult = { review: Review } | { findings: Finding[] };

const FROM: Record<ReviewAction['type'], readonly ReviewStatus[]> = {
  submit: ['draft'],
  approve: ['in_review'],
  requestChanges: ['in_review'],
  publish: ['approved'],
  reopen: ['in_review', 'approved', 'published'],
};

/**
 * Applies `action` by `actor` at `now`. Expected refusals (wrong status, wrong person, readiness
 * errors) come back as `{ findings }`; nothing is thrown.
 */
export function transitionReview(
  review: Review,
  action: ReviewAction,
  actor: ReviewActor,
  now: Instant,
  context: ReviewTransitionContext,
): ReviewTransitionResult {
  const overriding = action.type === 'publish' && action.override !== undefined;
  const from = overriding ? ['in_review', 'approved'] : FROM[action.type];
  if (!from.includes(review.status)) {
    return refuse(
      'review-transition',
      `Cannot ${verbOf(action)} a review that is ${review.status}; it must be ${from.join(' or ')}`,
    );
  }
  const touched = { ...review, updatedAt: now, updatedBy: actor.name };
  const isAuthor = review.authors.includes(actor.name);
  const isReviewer = review.reviewers.some((r) => r.name === actor.name);

  switch (action.type) {
    case 'submit': {
      if (!isAuthor && !actor.isAdmin) return refuse('review-not-allowed', notAuthor(actor));
      if (review.reviewers.length === 0) {
        return refuse('review-no-reviewers', 'Add at least one reviewer before submitting');
      }
      // Earlier decisions were about an earlier text.
      const reviewers = review.reviewers.map(pending);
      const submittedAt = review.submittedAt ?? now;
      return { review: { ...touched, status: 'in_review', reviewers, submittedAt } };
    }
    case 'approve':
    case 'requestChanges': {
      if (isAuthor) {
        return refuse('review-self-approval', 'Authors cannot decide on their own review');
      }
      if (!isReviewer && !actor.isAdmin) {
        return refuse('review-not-a-reviewer', `${actor.name} is not a reviewer of this review`);
      }
      const comment = (action.comment ?? '').trim();
      if (action.type === 'requestChanges') {
        if (comment === '') {
          return refuse(
            'review-comment-required',
            'Say what should change when requesting changes',
          );
        }
        const reviewers = decide(review.reviewers, actor.name, 'changes_requested', comment, now);
        return { review: { ...touched, status: 'draft', reviewers } };
      }
      const blocking = blockingFindings(review, context, now);
      if (blocking.length > 0) return { findings: blocking };
      const reviewers = decide(review.reviewers, actor.name, 'approved', comment, now);
      const everyone = reviewers.every((r) => r.decision === 'approved');
      return {
        review: everyone
          ? { ...touched, reviewers, status: 'approved', approvedAt: now }
          : { ...touched, reviewers },
      };
    }
    case 'publish':
      return publish(review, touched, action.override, actor, now, context, isAuthor || isReviewer);
    case 'reopen': {
      if (!isAuthor && !actor.isAdmin) return refuse('review-not-allowed', notAuthor(actor));
      const reviewers = review.reviewers.map(pending);
      return {
        review: {
          ...touched,
          status: 'draft',
          reviewers,
          approvedAt: null,
          publishedAt: null,
          publishOverride: null,
        },
      };
    }
  }
}

function publish(
  review: Review,
  touched: Review,
  override: { reason: string } | undefined,
  actor: ReviewActor,
  now: Instant,
  context: ReviewTransitionContext,
  isInvolved: boolean,
): ReviewTransitionResult {
  const published = (extra: Partial<Review>): ReviewTransitionResult => ({
    review: {
      ...touched,
      ...extra,
      status: 'published',
      publishedAt: now,
      followUp: review.followUp ?? scheduleFollowUp(review, now, context.policy),
    },
  });
  if (override !== undefined) {
    if (!actor.isAdmin) {
      return refuse('review-override-not-admin', 'Only an admin may publish without approval');
    }
    const reason = override.reason.trim();
    if (reason === '') {
      return refuse('review-override-reason-required', 'Say why the review skips approval');
    }
    return published({ publishOverride: { by: actor.name, reason, at: now } });
  }
  if (!isInvolved && !actor.isAdmin) {
    return refuse('review-not-allowed', `${actor.name} is neither an author nor a reviewer`);
  }
  // Readiness can change after approval: a deadline passes, an item is edited.
  const blocking = blockingFindings(review, context, now);
  if (blocking.length > 0) return { findings: blocking };
  return published({});
}

function blockingFindings(review: Review, context: ReviewTransitionContext, now: Instant) {
  return checkReadiness(review, { ...context, now }).filter((f) => f.severity === 'error');
}

function notAuthor(actor: ReviewActor): string {
  return `${actor.name} is not an author of this review`;
}

function decide(
  reviewers: Reviewer[],
  name: string,
  decision: Reviewer['decision'],
  comment: string,
  now: Instant,
): Reviewer[] {
  const entry: Reviewer = { name, decision, comment, at: now };
  return reviewers.some((r) => r.name === name)
    ? reviewers.map((r) => (r.name === name ? entry : r))
    : [...reviewers, entry];
}

function pending(reviewer: Reviewer): Reviewer {
  return { ...reviewer, decision: 'pending', comment: '', at: null };
}

function refuse(rule: string, message: string): { findings: Finding[] } {
  return { findings: [{ rule, severity: 'error', message, where: { path: 'status' } }] };
}

function verbOf(action: ReviewAction): string {
  return action.type === 'requestChanges' ? 'request changes on' : action.type;
}
