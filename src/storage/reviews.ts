/** @module Reviews: one row per incident, its sections as JSON text, its action items in their own table. */
import type { IncidentId, IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Review, ReviewDueDates, ReviewId, ReviewStatus } from '../domain/review/index.js';
import { listReviewActionItems, type StoredActionItem } from './action-items.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { ReviewTable } from './schema.js';
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

function reviewFromRow(row: ReviewTable, actionItems: StoredActionItem[]): StoredReview {
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
    followUp: fromJsonColumn(row.follow_up, null),
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

function rowFromReview(review: Review, dueDates: ReviewDueDates | null): ReviewTable {
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
