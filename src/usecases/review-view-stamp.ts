/**
 * @module Whether a review's view can be served from cache: one read of every counter the view
 * depends on, plus the minute its clock-dependent findings (deadlines, overdue items) are taken at.
 */
import type { IncidentKey } from '../domain/ids.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../domain/instant.js';
import { findReviewStamp } from '../storage/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';

export interface ReviewViewStamp {
  /** Equal for two reads exactly when their views are equal. */
  cacheKey: string;
  /** The review's version, what a write is checked against. */
  version: number;
  /** The start of the current minute: deadlines and overdue checks are evaluated at this instant. */
  at: Instant;
}

const MINUTE_MS = 60_000;

/** The stamp of the review of `key`; INCIDENT_NOT_FOUND or REVIEW_NOT_FOUND like `getReview`. */
export async function getReviewViewStamp(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<ReviewViewStamp> {
  const stamp = await findReviewStamp(ctx.database.db, ctx.workspace.id, key);
  if (!stamp || (stamp.private && !canSeePrivate(ctx))) {
    throw new AppError('INCIDENT_NOT_FOUND', `incident ${key} does not exist in this workspace`);
  }
  if (stamp.reviewId === null) {
    throw new AppError(
      'REVIEW_NOT_FOUND',
      `${key} has no review yet; start one with POST /api/v1/incidents/${key}/review`,
    );
  }
  // Findings that depend on the clock change at most once a minute in what they say (durations
  // are labelled to the minute), so a view is true for the whole minute it was taken in.
  const atMs = Math.floor(epochMsOf(ctx.clock()) / MINUTE_MS) * MINUTE_MS;
  return {
    cacheKey: [
      stamp.reviewId,
      stamp.reviewVersion,
      stamp.reviewRevision,
      stamp.incidentVersion,
      stamp.timelineRevision,
      stamp.settingsRevision,
      atMs,
    ].join(':'),
    version: stamp.reviewVersion,
    at: instantFromEpochMs(atMs),
  };
}
