/** @module Timeline events: rows <-> the domain type; always read in time order. */
import { CompiledQuery, sql } from 'kysely';
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { TimelineEventTable } from './schema.js';
import { withSearchTables } from './search/search-tables.js';
import { updateIfVersion } from './update-if-version.js';

// SQLite allows 32,766 bound values per statement; 15 columns × 1,000 rows stays well below it.
const INSERT_BATCH_ROWS = 1000;

export async function insertTimelineEvents(db: Executor, events: TimelineEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += INSERT_BATCH_ROWS) {
    const batch = events.slice(i, i + INSERT_BATCH_ROWS).map(rowFromTimelineEvent);
    await db.executeQuery(compiledInsert(db, batch));
    const incidents = new Map(batch.map((row) => [row.incident_id, row.workspace_id]));
    await bumpTimelineRevisions(db, [...incidents.keys()]);
    await markSearchDocumentsStale(db, incidents);
  }
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

const COLUMNS = [
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
] as const satisfies readonly (keyof TimelineEventTable)[];

// Building a 1,000-row INSERT through the query builder costs more than running it; the SQL text
// depends only on the dialect and the row count, so it is compiled once per pair and reused.
const insertSqlByShape = new Map<string, string>();

function compiledInsert(db: Executor, rows: TimelineEventTable[]): CompiledQuery {
  const adapter = db.getExecutor().adapter.constructor.name;
  const shape = `${adapter}:${rows.length}`;
  let sqlText = insertSqlByShape.get(shape);
  if (sqlText === undefined) {
    // Compiled from rows whose values name their column, so the parameter order is checked, not assumed.
    const named = Object.fromEntries(COLUMNS.map((column) => [column, column])) as never;
    const compiled = db
      .insertInto('timeline_events')
      .values(rows.map(() => named))
      .compile();
    if (compiled.parameters.slice(0, COLUMNS.length).join() !== COLUMNS.join()) {
      throw new Error('timeline_events insert: the compiled column order differs from COLUMNS');
    }
    sqlText = compiled.sql;
    insertSqlByShape.set(shape, sqlText);
  }
  const parameters: unknown[] = [];
  for (const row of rows) for (const column of COLUMNS) parameters.push(row[column]);
  return CompiledQuery.raw(sqlText, parameters);
}

/**
 * Every write to timeline_events goes through this module and bumps the incident's revision in
 * the same transaction, so a reader comparing revisions never misses a change.
 */
async function bumpTimelineRevisions(db: Executor, incidentIds: string[]): Promise<void> {
  if (incidentIds.length === 0) return;
  await db
    .updateTable('incidents')
    .set((eb) => ({ timeline_revision: eb('timeline_revision', '+', 1) }))
    .where('id', 'in', incidentIds)
    .execute();
}

/** Writes an event if its stored version is `expectedVersion`; false when someone got there first. */
export async function updateTimelineEventIfVersion(
  db: Executor,
  event: TimelineEvent,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, incident_id, created_at, created_by, ...fields } =
    rowFromTimelineEvent(event);
  const updated = await updateIfVersion(
    db,
    'timeline_events',
    { id, workspaceId: workspace_id },
    fields,
    expectedVersion,
  );
  if (!updated) return false;
  await bumpTimelineRevisions(db, [incident_id]);
  return true;
}

export async function deleteTimelineEvent(
  db: Executor,
  workspaceId: WorkspaceId,
  id: TimelineEventId,
): Promise<void> {
  const deleted = await db
    .deleteFrom('timeline_events')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returning('incident_id')
    .execute();
  await bumpTimelineRevisions(db, [...new Set(deleted.map((row) => row.incident_id))]);
}

export async function findTimelineEvent(
  db: Executor,
  workspaceId: WorkspaceId,
  id: TimelineEventId,
): Promise<TimelineEvent | null> {
  const row = await db
    .selectFrom('timeline_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? timelineEventFromRow(row) : null;
}

/** Every event of an incident in time order (ties in the order they were recorded). */
export async function listTimelineEvents(
  db: Executor,
  workspaceId: WorkspaceId,
  incidentId: IncidentId,
): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('timeline_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('incident_id', '=', incidentId)
    .orderBy('at')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(timelineEventFromRow);
}

function timelineEventFromRow(row: TimelineEventTable): TimelineEvent {
  return {
    id: row.id as TimelineEventId,
    workspaceId: row.workspace_id as WorkspaceId,
    incidentId: row.incident_id as IncidentId,
    at: row.at as Instant,
    sourceZone: row.source_zone,
    kind: row.kind as TimelineEventKind,
    source: row.source,
    actor: row.actor,
    text: row.text,
    highlight: Number(row.highlight) === 1,
    links: fromJsonColumn(row.links, []),
    change: fromJsonColumn(row.change, null),
    version: Number(row.version),
    createdAt: row.created_at as Instant,
    createdBy: row.created_by,
  };
}

function rowFromTimelineEvent(event: TimelineEvent): TimelineEventTable {
  return {
    id: event.id,
    workspace_id: event.workspaceId,
    incident_id: event.incidentId,
    at: event.at,
    source_zone: event.sourceZone,
    kind: event.kind,
    source: event.source,
    actor: event.actor,
    text: event.text,
    highlight: event.highlight ? 1 : 0,
    links: toJsonColumn(event.links),
    change: event.change === null ? null : toJsonColumn(event.change),
    version: event.version,
    created_at: event.createdAt,
    created_by: event.createdBy,
  };
}

/** Every event of a workspace, grouped by incident and in time order within each: for export. */
export async function listWorkspaceTimelineEvents(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<TimelineEvent[]> {
  const rows = await db
    .selectFrom('timeline_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('incident_id')
    .orderBy('at')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(timelineEventFromRow);
}
