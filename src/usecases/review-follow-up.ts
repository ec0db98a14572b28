/** @module Recording the follow-up of a published review: did each fix work, and did the incident recur? */
import type { IncidentKey } from '../domain/ids.js';
import { type FollowUpAnswer, recordFollowUpOutcome } from '../domain/review/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import type { ReviewDetail } from './review-detail.js';
import { saveReview } from './review-save.js';
import { loadReviewState } from './review-state.js';
import { detailOf } from './reviews.js';

export interface FollowUpOutcome {
  answers: Array<{ actionItemId: string } & FollowUpAnswer>;
  recurred: { recurred: boolean; incidentKeys: string[] };
}

export async function recordReviewFollowUp(
  ctx: UseCaseContext,
  key: IncidentKey,
  outcome: FollowUpOutcome,
  expectedVersion: number | null,
): Promise<ReviewDetail> {
  return inTransaction(ctx, async (db) => {
    const state = await loadReviewState(db, ctx, key);
    const { review } = state;
    if (review.followUp === null) {
      throw new AppError(
        'RULE_VIOLATION',
        'followUp: this review has no follow-up; one is scheduled when a review with immediate or short-horizon action items is published',
      );
    }
    const result = recordFollowUpOutcome(
      review.followUp,
      outcome.answers,
      outcome.recurred,
      ctx.actor.name,
      ctx.clock(),
    );
    if ('problems' in result) throw new AppError('RULE_VIOLATION', result.problems.join('; '));
    const saved = await saveReview(
      db,
      ctx,
      state,
      { ...review, followUp: result.followUp },
      expectedVersion ?? review.version,
    );
    return detailOf(db, ctx, { ...state, review: saved });
  });
}
