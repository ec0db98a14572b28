/** @module Every review of a workspace with the columns a `Review` does not carry: what export reads and import restores. */
import type { IncidentId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewDueDates, ReviewId } from '../domain/review/index.js';
import type { Executor } from './executor.js';
import { findReviewByIncident, type StoredReview } from './reviews.js';

/** A stored review with the due dates last computed for it (the incident list reads those). */
export interface WorkspaceReview {
  review: StoredReview;
  dueDates: ReviewDueDates | null;
}

/**
 * Every review of a workspace, by incident id, each with its action items. One review at a time
 * through `findReviewByIncident`, so the row mapping stays in one place.
 */
export async function listWorkspaceReviews(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<WorkspaceReview[]> {
  const rows = await db
    .selectFrom('reviews')
    .select(['incident_id', 'draft_due_at', 'meeting_due_at', 'publish_due_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('incident_id')
    .execute();
  const reviews: WorkspaceReview[] = [];
  for (const row of rows) {
    const review = await findReviewByIncident(db, workspaceId, row.incident_id as IncidentId);
    if (review === null) continue;
    // The three are written together from one computation, so one null means all are.
    const dueDates =
      row.draft_due_at === null || row.meeting_due_at === null || row.publish_due_at === null
        ? null
        : {
            draftDueAt: row.draft_due_at as Instant,
            meetingDueAt: row.meeting_due_at as Instant,
            publishDueAt: row.publish_due_at as Instant,
          };
    reviews.push({ review, dueDates });
  }
  return reviews;
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
