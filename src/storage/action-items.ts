/** @module Action items in their own table, so one owner's items and overdue work can be found across reviews. */
import type { IncidentId, IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type {
  ActionHorizon,
  ActionItem,
  ActionItemStatus,
  ActionItemType,
  ReviewId,
  Score,
} from '../domain/review/index.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import { bumpReviewRevisions } from './review-revision.js';
import type { ActionItemTable } from './schema.js';
import { updateIfVersion } from './update-if-version.js';

/** An action item as stored: the domain fields plus where it belongs and its own version. */
export interface StoredActionItem extends ActionItem {
  workspaceId: WorkspaceId;
  reviewId: ReviewId;
  incidentId: IncidentId;
  position: number;
  version: number;
  createdAt: Instant;
  createdBy: string;
  updatedAt: Instant;
  updatedBy: string;
}

export interface ActionItemFilter {
  owner?: string;
  status?: ActionItemStatus[];
  /** Only open or in-progress items due before this calendar date. */
  dueBefore?: string;
  includePrivate: boolean;
  limit: number;
}

/** An item found across reviews, with the incident it came from. */
export interface ActionItemListing {
  item: StoredActionItem;
  incidentKey: IncidentKey;
  incidentTitle: string;
}

export async function insertActionItems(db: Executor, items: StoredActionItem[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('action_items').values(items.map(rowFromActionItem)).execute();
  await bumpReviewRevisions(db, [...new Set(items.map((item) => item.reviewId))]);
}

/** Writes an item if its stored version is `expectedVersion`; false when someone got there first. */
export async function updateActionItemIfVersion(
  db: Executor,
  item: StoredActionItem,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, review_id, incident_id, created_at, created_by, ...fields } =
    rowFromActionItem(item);
  const updated = await updateIfVersion(
    db,
    'action_items',
    { id, workspaceId: workspace_id },
    fields,
    expectedVersion,
  );
  if (updated) await bumpReviewRevisions(db, [review_id]);
  return updated;
}

export async function deleteActionItem(
  db: Executor,
  workspaceId: WorkspaceId,
  id: string,
): Promise<void> {
  const deleted = await db
    .deleteFrom('action_items')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returning('review_id')
    .execute();
  await bumpReviewRevisions(
    db,
    deleted.map((row) => row.review_id),
  );
}

/** Every item of a workspace, grouped by review, each group in its written order: for export. */
export async function listWorkspaceActionItems(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<Map<ReviewId, StoredActionItem[]>> {
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('review_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const byReview = new Map<ReviewId, StoredActionItem[]>();
  for (const row of rows) {
    const item = actionItemFromRow(row);
    const list = byReview.get(item.reviewId);
    if (list) list.push(item);
    else byReview.set(item.reviewId, [item]);
  }
  return byReview;
}

/** The items of one review in their written order. */
export async function listReviewActionItems(
  db: Executor,
  workspaceId: WorkspaceId,
  reviewId: ReviewId,
): Promise<StoredActionItem[]> {
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(actionItemFromRow);
}

/** The position after the last item of a review. */
export async function nextActionItemPosition(db: Executor, reviewId: ReviewId): Promise<number> {
  const row = await db
    .selectFrom('action_items')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('review_id', '=', reviewId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** Items across every review of a workspace, earliest due first (undated last). */
export async function listActionItems(
  db: Executor,
  workspaceId: WorkspaceId,
  filter: ActionItemFilter,
): Promise<ActionItemListing[]> {
  let query = db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .selectAll('action_items')
    .select(['incidents.key as incident_key', 'incidents.title as incident_title'])
    .where('action_items.workspace_id', '=', workspaceId);
  if (filter.owner !== undefined) query = query.where('action_items.owner', '=', filter.owner);
  if (filter.status?.length) query = query.where('action_items.status', 'in', filter.status);
  if (filter.dueBefore !== undefined) {
    query = query
      .where('action_items.status', 'in', ['open', 'in_progress'])
      .where('action_items.due_date', '<', filter.dueBefore);
  }
  if (!filter.includePrivate) query = query.where('incidents.private', '=', 0);
  const rows = await query
    .orderBy((eb) => eb.case().when('action_items.due_date', 'is', null).then(1).else(0).end())
    .orderBy('action_items.due_date')
    .orderBy('action_items.id')
    .limit(filter.limit)
    .execute();
  return rows.map(({ incident_key, incident_title, ...row }) => ({
    item: actionItemFromRow(row),
    incidentKey: incident_key as IncidentKey,
    incidentTitle: incident_title,
  }));
}

function actionItemFromRow(row: ActionItemTable): StoredActionItem {
  return {
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    reviewId: row.review_id as ReviewId,
    incidentId: row.incident_id as IncidentId,
    position: Number(row.position),
    title: row.title,
    owner: row.owner,
    dueDate: row.due_date,
    horizon: row.horizon as ActionHorizon,
    type: row.type as ActionItemType,
    impact: Number(row.impact) as Score,
    effort: Number(row.effort) as Score,
    successCriteria: row.success_criteria,
    validationMethod: row.validation_method,
    status: row.status as ActionItemStatus,
    wontDoReason: row.wont_do_reason,
    verification: fromJsonColumn(row.verification, null),
    doneAt: row.done_at as Instant | null,
    trackerUrl: row.tracker_url,
    version: Number(row.version),
    createdAt: row.created_at as Instant,
    createdBy: row.created_by,
    updatedAt: row.updated_at as Instant,
    updatedBy: row.updated_by,
  };
}

function rowFromActionItem(item: StoredActionItem): ActionItemTable {
  return {
    id: item.id,
    workspace_id: item.workspaceId,
    review_id: item.reviewId,
    incident_id: item.incidentId,
    position: item.position,
    title: item.title,
    owner: item.owner,
    due_date: item.dueDate,
    horizon: item.horizon,
    type: item.type,
    impact: item.impact,
    effort: item.effort,
    success_criteria: item.successCriteria,
    validation_method: item.validationMethod,
    status: item.status,
    wont_do_reason: item.wontDoReason,
    verification: item.verification === null ? null : toJsonColumn(item.verification),
    done_at: item.doneAt,
    tracker_url: item.trackerUrl,
    version: item.version,
    created_at: item.createdAt,
    created_by: item.createdBy,
    updated_at: item.updatedAt,
    updated_by: item.updatedBy,
  };
}

/**
 * Open or in-progress items of one workspace with an owner and a due date on or before `dueBy`,
 * with their incidents: what the reminder job considers. Earliest due first.
 */
export async function listActionItemsDueBy(
  db: Executor,
  workspaceId: WorkspaceId,
  dueBy: string,
  limit: number,
): Promise<ActionItemListing[]> {
  const rows = await db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .selectAll('action_items')
    .select(['incidents.key as incident_key', 'incidents.title as incident_title'])
    .where('action_items.workspace_id', '=', workspaceId)
    .where('action_items.status', 'in', ['open', 'in_progress'])
    .where('action_items.owner', 'is not', null)
    .where('action_items.due_date', 'is not', null)
    .where('action_items.due_date', '<=', dueBy)
    .orderBy('action_items.due_date')
    .orderBy('action_items.id')
    .limit(limit)
    .execute();
  return rows.map(({ incident_key, incident_title, ...row }) => ({
    item: actionItemFromRow(row),
    incidentKey: incident_key as IncidentKey,
    incidentTitle: incident_title,
  }));
}
