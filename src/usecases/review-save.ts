/** @module Saves a changed review: version check, due dates, and an audit entry for every changed section. */
import { type Review, reviewDueDates } from '../domain/review/index.js';
import {
  appendAuditEntries,
  type Executor,
  type StoredReview,
  updateReviewIfVersion,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { refreshSearchIndex } from './library-index.js';
import type { ReviewState } from './review-state.js';

const AUDITED_FIELDS = [
  'status',
  'authors',
  'reviewers',
  'summary',
  'impact',
  'lessons',
  'whyTrees',
  'factors',
  'meeting',
  'publishOverride',
  'followUp',
  'templateId',
  'submittedAt',
  'approvedAt',
  'publishedAt',
] as const satisfies readonly (keyof Review)[];

/**
 * Writes `after` over the state's review if the stored version is still `expectedVersion`.
 * A save that changes nothing does not bump the version.
 */
export async function saveReview(
  db: Executor,
  ctx: UseCaseContext,
  state: ReviewState,
  after: Review,
  expectedVersion: number,
): Promise<StoredReview> {
  const before = state.review;
  if (expectedVersion !== before.version) throw reviewVersionConflict(state, expectedVersion);
  const changed = AUDITED_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (changed.length === 0) return before;
  const now = ctx.clock();
  const saved: StoredReview = {
    ...after,
    actionItems: before.actionItems,
    version: before.version + 1,
    updatedAt: now,
    updatedBy: ctx.actor.name,
  };
  const dueDates = reviewDueDates(state.milestones.resolved.at, state.policy);
  if (!(await updateReviewIfVersion(db, saved, dueDates, expectedVersion))) {
    throw reviewVersionConflict(state, expectedVersion);
  }
  await appendAuditEntries(
    db,
    changed.map((field) => ({
      workspaceId: saved.workspaceId,
      entity: 'review',
      entityId: saved.id,
      action: 'update' as const,
      field,
      oldValue: before[field],
      newValue: saved[field],
      actor: ctx.actor.name,
      at: now,
    })),
  );
  await refreshSearchIndex(db, ctx);
  return saved;
}

export function reviewVersionConflict(state: ReviewState, expectedVersion: number): AppError {
  return new AppError(
    'REVIEW_VERSION_CONFLICT',
    `version: the review of ${state.incident.key} is at version ${state.review.version}, not ${expectedVersion}; reload it and apply your change again`,
  );
}
