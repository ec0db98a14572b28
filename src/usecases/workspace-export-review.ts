/** @module Writes one exported review back as it was stored: sections, decisions, follow-up, action items. */
import type { IncidentId, IncidentKey, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Review, ReviewId, Score } from '../domain/review/index.js';
import type { ExportReview } from '../shared/schemas/export.js';
import { type Executor, insertActionItems, insertReview } from '../storage/index.js';
import { restoreFollowUpAskedAt } from '../storage/workspace-reviews.js';

/** Inserts `exported` as the review of `incidentId`, with its versions, stamps and due dates. */
export async function insertExportedReview(
  db: Executor,
  workspaceId: WorkspaceId,
  incidentId: IncidentId,
  exported: ExportReview,
): Promise<void> {
  const { actionItems, dueDates, factors, followUp, ...fields } = exported;
  const reviewId = fields.id as ReviewId;
  const items = actionItems.map((item) => ({
    ...item,
    impact: item.impact as Score,
    effort: item.effort as Score,
    workspaceId,
    reviewId,
    incidentId,
  }));
  const review: Review = {
    ...fields,
    id: reviewId,
    workspaceId,
    incidentId,
    factors: factors.map((factor) => ({
      ...factor,
      evidenceEventIds: factor.evidenceEventIds as TimelineEventId[],
    })),
    actionItems: items,
    followUp: followUp && {
      ...followUp,
      recurrence: followUp.recurrence && {
        recurred: followUp.recurrence.recurred,
        incidentKeys: followUp.recurrence.incidentKeys as IncidentKey[],
      },
    },
  };
  await insertReview(db, review, dueDates);
  await insertActionItems(db, items);
  // Its own column, which the review row is written without; a question asked is not asked again.
  if (followUp?.askedAt) {
    await restoreFollowUpAskedAt(db, { workspaceId, reviewId }, followUp.askedAt);
  }
}
