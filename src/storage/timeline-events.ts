/** @module Timeline events: rows <-> the domain type; always read in time order. */
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { TimelineEventTable } from './schema.js';

// SQLite allows 32,766 bound values per statement; 15 columns × 1,000 rows stays well below it.
const INSERT_BATCH_ROWS = 1000;

export async function insertTimelineEvents(db: Executor, events: TimelineEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += INSERT_BATCH_ROWS) {
    const batch = events.slice(i, i + INSERT_BATCH_ROWS).map(rowFromTimelineEvent);
    await db.insertInto('timeline_events').values(batch).execute();
  }
}

/** Writes an event if its stored version is `expectedVersion`; false when someone got there first. */
export async function updateTimelineEventIfVersion(
  db: Executor,
  event: TimelineEvent,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, incident_id, created_at, created_by, ...fields } =
    rowFromTimelineEvent(event);
  const result = await db
    .updateTable('timeline_events')
    .set(fields)
    .where('id', '=', id)
    .where('workspace_id', '=', workspace_id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTimelineEvent(
  db: Executor,
  workspaceId: WorkspaceId,
  id: TimelineEventId,
): Promise<void> {
  await db
    .deleteFrom('timeline_events')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
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
