/** @module Every review of a workspace with the columns a `Review` does not carry: what export reads and import restores. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewDueDates, ReviewId } from '../domain/review/index.js';
import { listWorkspaceActionItems } from './action-items.js';
import type { Executor } from './executor.js';
import { reviewFromRow, type StoredReview } from './reviews.js';

/** A stored review with the due dates last computed for it (the incident list reads those). */
export interface WorkspaceReview {
  review: StoredReview;
  dueDates: ReviewDueDates | null;
}

/** Every review of a workspace in incident-id order, each with its action items: two queries in all. */
export async function listWorkspaceReviews(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<WorkspaceReview[]> {
  const [rows, itemsByReview] = await Promise.all([
    db
      .selectFrom('reviews')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('incident_id')
      .execute(),
    listWorkspaceActionItems(db, workspaceId),
  ]);
  return rows.map((row) => ({
    review: reviewFromRow(row, itemsByReview.get(row.id as ReviewId) ?? []),
    // The three are written together from one computation, so one null means all are.
    dueDates:
      row.draft_due_at === null || row.meeting_due_at === null || row.publish_due_at === null
        ? null
        : {
            draftDueAt: row.draft_due_at as Instant,
            meetingDueAt: row.meeting_due_at as Instant,
            publishDueAt: row.publish_due_at as Instant,
          },
  }));
}

/**
 * Sets when the follow-up question of a review was asked, which `insertReview` leaves unset: an
 * imported review whose question went out is not asked again.
 */
export async function restoreFollowUpAskedAt(
  db: Executor,
  key: { workspaceId: WorkspaceId; reviewId: ReviewId },
  askedAt: Instant,
): Promise<void> {
  await db
    .updateTable('reviews')
    .set((eb) => ({ follow_up_asked_at: askedAt, revision: eb('revision', '+', 1) }))
    .where('workspace_id', '=', key.workspaceId)
    .where('id', '=', key.reviewId)
    .execute();
}
