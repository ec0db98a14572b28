/** @module Timeline events: rows <-> the domain type; always read in time order. */
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { TimelineEventTable } from './schema.js';
import {
  bumpTimelineRevisions,
  TIMELINE_EVENT_COLUMNS as COLUMNS,
  INSERT_BATCH_ROWS,
  runTimelineInsert,
} from './timeline-event-writes.js';
import { updateIfVersion } from './update-if-version.js';

/**
 * Stores `events`; `originKeys[i]` is the source id event `i` was imported under (null or absent:
 * none). An event whose origin key is already on its incident's timeline, or earlier in `events`,
 * is skipped. Returns how many events were stored.
 */
export async function insertTimelineEvents(
  db: Executor,
  events: readonly TimelineEvent[],
  originKeys?: readonly (string | null)[],
): Promise<number> {
  let stored = 0;
  for (let i = 0; i < events.length; i += INSERT_BATCH_ROWS) {
    const end = Math.min(i + INSERT_BATCH_ROWS, events.length);
    const parameters: unknown[] = [];
    const incidents = new Map<string, string>();
    for (let j = i; j < end; j++) {
      const event = events[j]!;
      pushEventParameters(parameters, event, originKeys?.[j] ?? null);
      incidents.set(event.incidentId, event.workspaceId);
    }
    const sqlText = insertSql(db, end - i, originKeys !== undefined);
    stored += await runTimelineInsert(db, sqlText, parameters, incidents);
  }
  return stored;
}

function pushEventParameters(
  parameters: unknown[],
  event: TimelineEvent,
  originKey: string | null,
): void {
  // In TIMELINE_EVENT_COLUMNS order (insertSql checks that order). Pushed field by field: building
  // a row object per event and walking it was a fifth of a million-event insert.
  parameters.push(
    event.id,
    event.workspaceId,
    event.incidentId,
    event.at,
    event.sourceZone,
    event.kind,
    event.source,
    event.actor,
    event.text,
    event.highlight ? 1 : 0,
    event.links.length === 0 ? EMPTY_LINKS : toJsonColumn(event.links),
    event.change === null ? null : toJsonColumn(event.change),
    event.version,
    event.createdAt,
    event.createdBy,
    originKey,
  );
}

const EMPTY_LINKS = toJsonColumn([]);

// Building a 1,000-row INSERT through the query builder costs more than running it; the SQL text
// depends only on the dialect and the row count, so it is compiled once per pair and reused.
const insertSqlByShape = new Map<string, string>();

function insertSql(db: Executor, rowCount: number, withOrigins: boolean): string {
  const adapter = db.getExecutor().adapter.constructor.name;
  const shape = `${adapter}:${rowCount}:${withOrigins}`;
  let sqlText = insertSqlByShape.get(shape);
  if (sqlText === undefined) {
    // Compiled from rows whose values name their column, so the parameter order is checked, not assumed.
    const named = Object.fromEntries(COLUMNS.map((column) => [column, column])) as never;
    const insert = db
      .insertInto('timeline_events')
      .values(Array.from({ length: rowCount }, () => named));
    // Only imports carry origin keys; without them no row can conflict, and a plain INSERT is
    // about a fifth cheaper on SQLite than one with an upsert clause.
    const compiled = (
      withOrigins
        ? insert.onConflict((oc) =>
            oc
              .columns(['incident_id', 'origin_key'])
              .where('origin_key', 'is not', null)
              .doNothing(),
          )
        : insert
    ).compile();
    if (compiled.parameters.slice(0, COLUMNS.length).join() !== COLUMNS.join()) {
      throw new Error('timeline_events insert: the compiled column order differs from COLUMNS');
    }
    sqlText = compiled.sql;
    insertSqlByShape.set(shape, sqlText);
  }
  return sqlText;
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

/** Every column but the origin key, which is set once on insert and never changes. */
function rowFromTimelineEvent(event: TimelineEvent): Omit<TimelineEventTable, 'origin_key'> {
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

/** The origin key of every imported event of a workspace that has one, by event id: for export. */
export async function listWorkspaceOriginKeys(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<Map<TimelineEventId, string>> {
  const rows = await db
    .selectFrom('timeline_events')
    .select(['id', 'origin_key'])
    .where('workspace_id', '=', workspaceId)
    .where('origin_key', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.id as TimelineEventId, row.origin_key as string]));
}
