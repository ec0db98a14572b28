/** @module One cheap read that changes whenever anything an insight overview is computed from changes. */
import { sql } from 'kysely';
import type { WorkspaceId } from '../domain/ids.js';
import type { Executor } from './executor.js';

/**
 * A fingerprint of a workspace's incidents, reviews, action items, services and settings: rows
 * counted (inserts, deletes), versions summed (every edit bumps one) and the latest change.
 * Read from covering indexes (migration 0012), so it costs a scan of index entries, not rows.
 */
export async function findInsightStamp(db: Executor, workspaceId: WorkspaceId): Promise<string> {
  const part = (table: 'incidents' | 'reviews' | 'action_items' | 'services') =>
    sql<string>`(select count(*) || '.' || coalesce(sum(version), 0) || '.' || coalesce(max(updated_at), '')
      from ${sql.table(table)} where workspace_id = ${workspaceId})`;
  const result = await sql<{ stamp: string }>`select
      ${part('incidents')} || '|' || ${part('reviews')} || '|' || ${part('action_items')}
      || '|' || ${part('services')} || '|'
      || (select settings_revision from workspaces where id = ${workspaceId}) as stamp`.execute(db);
  return String(result.rows[0]?.stamp ?? '');
}
