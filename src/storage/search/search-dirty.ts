/** @module The marks triggers leave on incidents whose document is stale. */
import { sql } from 'kysely';
import type { Executor } from '../executor.js';
import { chunksOf } from './search-documents.js';
import { withSearchTables } from './search-tables.js';

export interface DirtyMark {
  incidentId: string;
  seq: number;
}

/** Up to `limit` stale incidents of a workspace, in id order, from just past `after`. */
export async function listDirtyMarks(
  db: Executor,
  workspaceId: string,
  limit: number,
  after = '',
): Promise<DirtyMark[]> {
  const rows = await withSearchTables(db)
    .selectFrom('search_dirty')
    .select(['incident_id', 'seq'])
    .where('workspace_id', '=', workspaceId)
    .where('incident_id', '>', after)
    .orderBy('incident_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ incidentId: row.incident_id, seq: Number(row.seq) }));
}

/**
 * Clears marks only if no change came after they were read: a concurrent change bumps `seq`, and
 * its mark stays for the next refresh.
 */
export async function clearDirtyMarks(db: Executor, marks: DirtyMark[]): Promise<void> {
  for (const chunk of chunksOf(marks, 3)) {
    // The cast types the VALUES column on PostgreSQL, where a bare parameter would be text.
    const pairs = chunk.map((m) => sql`(${m.incidentId}, cast(${m.seq} as integer))`);
    await sql`delete from search_dirty
      where incident_id in (${sql.join(chunk.map((m) => m.incidentId))})
        and (incident_id, seq) in (values ${sql.join(pairs)})`.execute(db);
  }
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
