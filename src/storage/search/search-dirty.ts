/** @module The marks triggers leave on incidents whose document is stale. */
import type { Executor } from '../executor.js';
import { withSearchTables } from './search-tables.js';

export interface DirtyMark {
  incidentId: string;
  seq: number;
}

/** Up to `limit` stale incidents of a workspace. */
export async function listDirtyMarks(
  db: Executor,
  workspaceId: string,
  limit: number,
): Promise<DirtyMark[]> {
  const rows = await withSearchTables(db)
    .selectFrom('search_dirty')
    .select(['incident_id', 'seq'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('incident_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ incidentId: row.incident_id, seq: Number(row.seq) }));
}

/**
 * Clears a mark only if no change came after it was read: a concurrent change bumps `seq`, and its
 * mark stays for the next refresh.
 */
export async function clearDirtyMark(db: Executor, mark: DirtyMark): Promise<void> {
  await withSearchTables(db)
    .deleteFrom('search_dirty')
    .where('incident_id', '=', mark.incidentId)
    .where('seq', '=', mark.seq)
    .execute();
}

/** True when the workspace has stale documents. */
export async function hasDirtyMarks(db: Executor, workspaceId: string): Promise<boolean> {
  const row = await withSearchTables(db)
    .selectFrom('search_dirty')
    .select('incident_id')
    .where('workspace_id', '=', workspaceId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
