/** @module The counters cached review views are keyed by, and the one read that tells whether a view is still true. */
import { sql } from 'kysely';
import type { IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Executor } from './executor.js';

/** Marks reviews changed in ways their version does not count (action items, sweeps). */
export async function bumpReviewRevisions(db: Executor, reviewIds: string[]): Promise<void> {
  if (reviewIds.length === 0) return;
  await db
    .updateTable('reviews')
    .set({ revision: sql`revision + 1` })
    .where('id', 'in', reviewIds)
    .execute();
}

/** Marks a workspace's policies or templates changed. */
export async function bumpSettingsRevision(db: Executor, workspaceId: WorkspaceId): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({ settings_revision: sql`settings_revision + 1` })
    .where('id', '=', workspaceId)
    .execute();
}

/** Every counter a review's view depends on; a view encoded under the same stamp is still true. */
export interface ReviewStamp {
  incidentId: string;
  private: boolean;
  incidentVersion: number;
  timelineRevision: number;
  /** Null while the incident has no review. */
  reviewId: string | null;
  reviewVersion: number;
  reviewRevision: number;
  settingsRevision: number;
}

export async function findReviewStamp(
  db: Executor,
  workspaceId: WorkspaceId,
  key: IncidentKey,
): Promise<ReviewStamp | null> {
  const row = await db
    .selectFrom('incidents')
    .innerJoin('workspaces', 'workspaces.id', 'incidents.workspace_id')
    .leftJoin('reviews', 'reviews.incident_id', 'incidents.id')
    .select([
      'incidents.id as incident_id',
      'incidents.private',
      'incidents.version as incident_version',
      'incidents.timeline_revision',
      'reviews.id as review_id',
      'reviews.version as review_version',
      'reviews.revision as review_revision',
      'workspaces.settings_revision',
    ])
    .where('incidents.workspace_id', '=', workspaceId)
    .where('incidents.key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  return {
    incidentId: row.incident_id,
    private: Number(row.private) === 1,
    incidentVersion: Number(row.incident_version),
    timelineRevision: Number(row.timeline_revision),
    reviewId: row.review_id,
    reviewVersion: Number(row.review_version ?? 0),
    reviewRevision: Number(row.review_revision ?? 0),
    settingsRevision: Number(row.settings_revision),
  };
}
