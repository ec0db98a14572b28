/** @module Moving a review through its lifecycle: submit, approve, request changes, publish (or override), reopen. */
import type { Finding } from '../domain/finding.js';
import type { IncidentKey } from '../domain/ids.js';
import { type ReviewAction, transitionReview } from '../domain/review/index.js';
import { AppError, type ErrorCode } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import type { ReviewDetail } from './review-detail.js';
import { lintReviewText } from './review-lint.js';
import { saveReview } from './review-save.js';
import { loadReviewState, participantsOf, transitionContextOf } from './review-state.js';
import { detailOf } from './reviews.js';

export interface ReviewTransitionOptions {
  /** Whether the actor holds the admin permission (the API decides; publishing with an override needs it). */
  isAdmin: boolean;
  /** The review version the request is based on; null skips the check. */
  expectedVersion: number | null;
}

const CODE_BY_RULE: Record<string, ErrorCode> = {
  'review-transition': 'INVALID_TRANSITION',
  'review-not-allowed': 'FORBIDDEN',
  'review-not-a-reviewer': 'FORBIDDEN',
  'review-self-approval': 'FORBIDDEN',
  'review-override-not-admin': 'FORBIDDEN',
  'review-no-reviewers': 'RULE_VIOLATION',
  'review-comment-required': 'RULE_VIOLATION',
  'review-override-reason-required': 'RULE_VIOLATION',
};

/**
 * Applies `action` to the review of `key` as the context's actor. Readiness errors become
 * REVIEW_NOT_READY with every blocking finding in the message.
 */
export async function changeReviewStatus(
  ctx: UseCaseContext,
  key: IncidentKey,
  action: ReviewAction,
  options: ReviewTransitionOptions,
): Promise<ReviewDetail> {
  return inTransaction(ctx, async (db) => {
    const state = await loadReviewState(db, ctx, key);
    const expected = options.expectedVersion ?? state.review.version;
    const lint = lintReviewText(state.review, participantsOf(state, state.review));
    const result = transitionReview(
      state.review,
      action,
      { name: ctx.actor.name, isAdmin: options.isAdmin },
      ctx.clock(),
      transitionContextOf(state, state.review, lint),
    );
    if ('findings' in result) throw errorFromFindings(action, result.findings);
    const saved = await saveReview(db, ctx, state, result.review, expected);
    return detailOf(db, ctx, { ...state, review: saved });
  });
}

function errorFromFindings(action: ReviewAction, findings: Finding[]): AppError {
  const [first] = findings;
  const code = first ? CODE_BY_RULE[first.rule] : undefined;
  if (first && code) return new AppError(code, `status: ${first.message}`);
  const verb = action.type === 'publish' ? 'published' : 'approved';
  const list = findings
    .map((f) => `${f.message}${f.where ? ` (${f.where.path})` : ''} [${f.rule}]`)
    .join('; ');
  return new AppError(
    'REVIEW_NOT_READY',
    `readiness: the review cannot be ${verb} until ${findings.length} problem${findings.length === 1 ? ' is' : 's are'} fixed: ${list}`,
  );
}
