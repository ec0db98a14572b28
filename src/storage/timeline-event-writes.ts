/**
 * @module What every write to timeline_events shares: the column list, running a batch INSERT, and
 * the bookkeeping each write owes in the same transaction (the timeline revision, search).
 */
import { CompiledQuery, sql } from 'kysely';
import type { Executor } from './executor.js';
import type { TimelineEventTable } from './schema.js';
import { withSearchTables } from './search/search-tables.js';

// SQLite allows 32,766 bound values per statement; 16 columns × 1,000 rows stays well below it.
export const INSERT_BATCH_ROWS = 1000;

export const TIMELINE_EVENT_COLUMNS = [
  'id',
  'workspace_id',
  'incident_id',
  'at',
  'source_zone',
  'kind',
  'source',
  'actor',
  'text',
  'highlight',
  'links',
  'change',
  'version',
  'created_at',
  'created_by',
  'origin_key',
] as const satisfies readonly (keyof TimelineEventTable)[];

/**
 * Runs one INSERT … ON CONFLICT (incident_id, origin_key) DO NOTHING of events of `incidents`
 * (id → workspace id) and returns how many rows it stored (SQLite `changes`, PostgreSQL rowCount:
 * skipped rows are not counted); when any, bumps those incidents' revisions and search.
 */
export async function runTimelineInsert(
  db: Executor,
  sqlText: string,
  parameters: unknown[],
  incidents: Map<string, string>,
): Promise<number> {
  const result = await db.executeQuery(CompiledQuery.raw(sqlText, parameters));
  const stored = Number(result.numAffectedRows ?? 0n);
  if (stored > 0) {
    await bumpTimelineRevisions(db, [...incidents.keys()]);
    await markSearchDocumentsStale(db, incidents);
  }
  return stored;
}

/**
 * Every write to timeline_events goes through timeline-events.ts or imported-timeline-events.ts
 * and bumps the incident's revision in the same transaction, so a reader comparing revisions
 * never misses a change.
 */
export async function bumpTimelineRevisions(db: Executor, incidentIds: string[]): Promise<void> {
  if (incidentIds.length === 0) return;
  await db
    .updateTable('incidents')
    .set((eb) => ({ timeline_revision: eb('timeline_revision', '+', 1) }))
    .where('id', 'in', incidentIds)
    .execute();
}

/** Once per batch, what a per-row trigger would do per event (storage/search/search-schema.ts). */
async function markSearchDocumentsStale(
  db: Executor,
  incidents: Map<string, string>,
): Promise<void> {
  await withSearchTables(db)
    .insertInto('search_dirty')
    .values(
      [...incidents].map(([incident_id, workspace_id]) => ({ incident_id, workspace_id, seq: 1 })),
    )
    .onConflict((oc) => oc.column('incident_id').doUpdateSet({ seq: sql`search_dirty.seq + 1` }))
    .execute();
}
