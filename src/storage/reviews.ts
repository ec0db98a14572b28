/** @module Reviews: one row per incident, its sections as JSON text, its action items in their own table. */
import type { IncidentId, IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Review, ReviewDueDates, ReviewId, ReviewStatus } from '../domain/review/index.js';
import { listReviewActionItems, type StoredActionItem } from './action-items.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { ReviewTable } from './schema.js';

/** The columns a review is written with; `revision` is only ever bumped in place. */
type ReviewRow = Omit<ReviewTable, 'revision'>;

import { updateIfVersion } from './update-if-version.js';

/** A review as loaded: its action items carry their own versions. */
export type StoredReview = Omit<Review, 'actionItems'> & { actionItems: StoredActionItem[] };

/** One entry of the review library. */
export interface ReviewListing {
  incidentKey: IncidentKey;
  title: string;
  severity: Severity;
  services: string[];
  status: ReviewStatus;
  publishedAt: Instant | null;
  updatedAt: Instant;
}

/** Inserts the review row; its action items are written with `insertActionItems`. */
export async function insertReview(
  db: Executor,
  review: Review,
  dueDates: ReviewDueDates | null,
): Promise<void> {
  await db.insertInto('reviews').values(rowFromReview(review, dueDates)).execute();
}

/** Writes a review if its stored version is `expectedVersion`; false when someone got there first. */
export async function updateReviewIfVersion(
  db: Executor,
  review: Review,
  dueDates: ReviewDueDates | null,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, incident_id, created_at, created_by, ...fields } = rowFromReview(
    review,
    dueDates,
  );
  const updated = await updateIfVersion(
    db,
    'reviews',
    { id, workspaceId: workspace_id },
    fields,
    expectedVersion,
  );
  return updated;
}

export async function findReviewByIncident(
  db: Executor,
  workspaceId: WorkspaceId,
  incidentId: IncidentId,
): Promise<StoredReview | null> {
  const row = await db
    .selectFrom('reviews')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  if (!row) return null;
  const items = await listReviewActionItems(db, workspaceId, row.id as ReviewId);
  return reviewFromRow(row, items);
}

/** Reviews of a workspace, most recently published (then updated) first. */
export async function listReviews(
  db: Executor,
  workspaceId: WorkspaceId,
  filter: { status?: ReviewStatus[]; includePrivate: boolean; limit: number },
): Promise<ReviewListing[]> {
  let query = db
    .selectFrom('reviews')
    .innerJoin('incidents', 'incidents.id', 'reviews.incident_id')
    .select([
      'incidents.id as incident_id',
      'incidents.key',
      'incidents.title',
      'incidents.severity',
      'reviews.status',
      'reviews.published_at',
      'reviews.updated_at',
    ])
    .where('reviews.workspace_id', '=', workspaceId);
  if (filter.status?.length) query = query.where('reviews.status', 'in', filter.status);
  if (!filter.includePrivate) query = query.where('incidents.private', '=', 0);
  const rows = await query
    .orderBy('reviews.published_at', 'desc')
    .orderBy('reviews.updated_at', 'desc')
    .orderBy('reviews.id', 'desc')
    .limit(filter.limit)
    .execute();
  const ids = rows.map((row) => row.incident_id);
  const services =
    ids.length === 0
      ? []
      : await db
          .selectFrom('incident_services')
          .select(['incident_id', 'value', 'position'])
          .where('incident_id', 'in', ids)
          .orderBy('position')
          .execute();
  return rows.map((row) => ({
    incidentKey: row.key as IncidentKey,
    title: row.title,
    severity: row.severity as Severity,
    services: services.filter((s) => s.incident_id === row.incident_id).map((s) => s.value),
    status: row.status as ReviewStatus,
    publishedAt: row.published_at as Instant | null,
    updatedAt: row.updated_at as Instant,
  }));
}

/** The status and publish deadline of the reviews of `incidentIds`, in one query; no entry when none was started. */
export async function listReviewStates(
  db: Executor,
  workspaceId: WorkspaceId,
  incidentIds: readonly IncidentId[],
): Promise<Map<IncidentId, { status: ReviewStatus; publishDueAt: Instant | null }>> {
  if (incidentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('reviews')
    .select(['incident_id', 'status', 'publish_due_at'])
    .where('workspace_id', '=', workspaceId)
    .where('incident_id', 'in', incidentIds)
    .execute();
  return new Map(
    rows.map((row) => [
      row.incident_id as IncidentId,
      { status: row.status as ReviewStatus, publishDueAt: row.publish_due_at as Instant | null },
    ]),
  );
}

/** A review row and its items as the domain sees them; shared with the workspace export's bulk read. */
export function reviewFromRow(row: ReviewRow, actionItems: StoredActionItem[]): StoredReview {
  return {
    id: row.id as ReviewId,
    workspaceId: row.workspace_id as WorkspaceId,
    incidentId: row.incident_id as IncidentId,
    status: row.status as ReviewStatus,
    authors: fromJsonColumn(row.authors, []),
    reviewers: fromJsonColumn(row.reviewers, []),
    summary: row.summary,
    impact: fromJsonColumn(row.impact, {} as Review['impact']),
    lessons: fromJsonColumn(row.lessons, { wentWell: [], wentWrong: [], gotLucky: [] }),
    whyTrees: fromJsonColumn(row.why_trees, []),
    factors: fromJsonColumn(row.factors, []),
    actionItems,
    meeting: fromJsonColumn(row.meeting, { at: null, attendees: [] }),
    publishOverride: fromJsonColumn(row.publish_override, null),
    followUp: followUpOfRow(row),
    templateId: row.template_id,
    version: Number(row.version),
    createdAt: row.created_at as Instant,
    createdBy: row.created_by,
    updatedAt: row.updated_at as Instant,
    updatedBy: row.updated_by,
    submittedAt: row.submitted_at as Instant | null,
    approvedAt: row.approved_at as Instant | null,
    publishedAt: row.published_at as Instant | null,
  };
}

function rowFromReview(review: Review, dueDates: ReviewDueDates | null): ReviewRow {
  return {
    id: review.id,
    workspace_id: review.workspaceId,
    incident_id: review.incidentId,
    status: review.status,
    authors: toJsonColumn(review.authors),
    reviewers: toJsonColumn(review.reviewers),
    summary: review.summary,
    impact: toJsonColumn(review.impact),
    lessons: toJsonColumn(review.lessons),
    why_trees: toJsonColumn(review.whyTrees),
    factors: toJsonColumn(review.factors),
    meeting: toJsonColumn(review.meeting),
    publish_override: review.publishOverride === null ? null : toJsonColumn(review.publishOverride),
    follow_up: review.followUp === null ? null : toJsonColumn(review.followUp),
    follow_up_due_at: review.followUp?.completedAt === null ? review.followUp.dueAt : null,
    template_id: review.templateId,
    version: review.version,
    created_at: review.createdAt,
    created_by: review.createdBy,
    updated_at: review.updatedAt,
    updated_by: review.updatedBy,
    submitted_at: review.submittedAt,
    approved_at: review.approvedAt,
    published_at: review.publishedAt,
    draft_due_at: dueDates?.draftDueAt ?? null,
    meeting_due_at: dueDates?.meetingDueAt ?? null,
    publish_due_at: dueDates?.publishDueAt ?? null,
  };
}

/** A published review whose follow-up is due and has not been asked yet. */
export interface FollowUpToAsk {
  workspaceId: WorkspaceId;
  reviewId: ReviewId;
  incidentId: IncidentId;
  incidentKey: IncidentKey;
  incidentTitle: string;
  /** How many sends have failed so far. */
  attempts: number;
}

/** Where the follow-up job stands with one review's question. */
export interface FollowUpAskState {
  askedAt: Instant | null;
  attempts: number;
  lastError: string | null;
}

/**
 * Follow-ups due at `now` (every workspace) that are not asked yet and have failed fewer than
 * `maxAttempts` times, the longest overdue first.
 */
export async function listFollowUpsToAsk(
  db: Executor,
  now: Instant,
  options: { maxAttempts: number; limit: number },
): Promise<FollowUpToAsk[]> {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('incidents', 'incidents.id', 'reviews.incident_id')
    .select([
      'reviews.workspace_id',
      'reviews.id',
      'reviews.incident_id',
      'reviews.follow_up_ask_attempts',
      'incidents.key',
      'incidents.title',
    ])
    .where('reviews.status', '=', 'published')
    .where('reviews.follow_up_due_at', '<=', now)
    .where('reviews.follow_up_asked_at', 'is', null)
    .where('reviews.follow_up_ask_attempts', '<', options.maxAttempts)
    .orderBy('reviews.follow_up_due_at')
    .orderBy('reviews.id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id as WorkspaceId,
    reviewId: row.id as ReviewId,
    incidentId: row.incident_id as IncidentId,
    incidentKey: row.key as IncidentKey,
    incidentTitle: row.title,
    attempts: Number(row.follow_up_ask_attempts),
  }));
}

/**
 * Claims the follow-up question of a review for one sender: true only for the one caller whose
 * conditional update found it still unasked (and under `maxAttempts`); it counts the attempt.
 */
export async function claimFollowUpAsk(
  db: Executor,
  key: { workspaceId: WorkspaceId; reviewId: ReviewId },
  now: Instant,
  maxAttempts: number,
): Promise<boolean> {
  const result = await db
    .updateTable('reviews')
    .set((eb) => ({
      follow_up_asked_at: now,
      follow_up_ask_attempts: eb('follow_up_ask_attempts', '+', 1),
      revision: eb('revision', '+', 1),
    }))
    .where('workspace_id', '=', key.workspaceId)
    .where('id', '=', key.reviewId)
    .where('status', '=', 'published')
    .where('follow_up_due_at', 'is not', null)
    .where('follow_up_asked_at', 'is', null)
    .where('follow_up_ask_attempts', '<', maxAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a claim: a failed send gives the question back (asked at cleared) with its error; a success clears the error. */
export async function finishFollowUpAsk(
  db: Executor,
  key: { workspaceId: WorkspaceId; reviewId: ReviewId },
  claimedAt: Instant,
  error: string | null,
): Promise<void> {
  await db
    .updateTable('reviews')
    .set((eb) =>
      error === null
        ? { follow_up_ask_error: null }
        : {
            follow_up_asked_at: null,
            follow_up_ask_error: error.slice(0, 1000),
            revision: eb('revision', '+', 1),
          },
    )
    .where('workspace_id', '=', key.workspaceId)
    .where('id', '=', key.reviewId)
    .where('follow_up_asked_at', '=', claimedAt)
    .execute();
}

export async function findFollowUpAskState(
  db: Executor,
  workspaceId: WorkspaceId,
  reviewId: ReviewId,
): Promise<FollowUpAskState | null> {
  const row = await db
    .selectFrom('reviews')
    .select(['follow_up_asked_at', 'follow_up_ask_attempts', 'follow_up_ask_error'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    askedAt: (row.follow_up_asked_at ?? null) as Instant | null,
    attempts: Number(row.follow_up_ask_attempts ?? 0),
    lastError: row.follow_up_ask_error ?? null,
  };
}

/** The follow-up with when the job asked it, which lives in its own column so the job never rewrites the review. */
function followUpOfRow(row: ReviewRow): Review['followUp'] {
  const followUp = fromJsonColumn<Review['followUp']>(row.follow_up, null);
  if (followUp === null) return null;
  return { ...followUp, askedAt: (row.follow_up_asked_at ?? null) as Instant | null };
}
