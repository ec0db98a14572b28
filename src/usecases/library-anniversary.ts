/** @module The anniversary digest: reviews published a year ago this week, and where their action items stand today. */
import { anniversaryWindow } from '../domain/library/index.js';
import { listReviewsPublishedBetween, type PublishedReviewEntry } from '../storage/search/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';

export interface AnniversaryDigest {
  date: string;
  timeZone: string;
  from: string;
  to: string;
  reviews: (PublishedReviewEntry & { actionItemCounts: Record<string, number> })[];
}

/** The digest for `date` (YYYY-MM-DD) in the workspace's time zone. */
export async function getAnniversaryDigest(
  ctx: UseCaseContext,
  date: string,
): Promise<AnniversaryDigest> {
  const timeZone = ctx.workspace.timeZone;
  const window = anniversaryWindow(date, timeZone);
  if (window === null) {
    throw new AppError(
      'VALIDATION_FAILED',
      `date: must be a real date (YYYY-MM-DD), got "${date}"`,
    );
  }
  const reviews = await listReviewsPublishedBetween(
    ctx.database.db,
    ctx.workspace.id,
    window,
    canSeePrivate(ctx),
  );
  return {
    date,
    timeZone,
    ...window,
    reviews: reviews.map((review) => ({
      ...review,
      actionItemCounts: countByStatus(review.actionItems.map((item) => item.status)),
    })),
  };
}

function countByStatus(statuses: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
