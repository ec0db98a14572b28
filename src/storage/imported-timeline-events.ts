/**
 * @module Imported rows (CSV/JSONL, Slack) → timeline events of one incident, by the million: the
 * per-import values are bound once per statement and a repeated origin key is skipped by the database.
 */
import { type RawBuilder, sql } from 'kysely';
import type { IncidentId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { toJsonColumn } from './json-column.js';
import { newId } from './new-id.js';
import type { TimelineEventTable } from './schema.js';
import {
  INSERT_BATCH_ROWS,
  runTimelineInsert,
  TIMELINE_EVENT_COLUMNS,
} from './timeline-event-writes.js';

/** What an import supplies per row; the rest of the event is the same for the whole import. */
export interface ImportedTimelineEvent {
  at: Instant;
  sourceZone: string;
  kind: TimelineEventKind;
  source: string;
  actor: string | null;
  text: string;
  /** The row's source id (`source id`, `slack:<channel>:<ts>`), unique per incident; or null. */
  originKey: string | null;
}

export interface ImportTarget {
  workspaceId: WorkspaceId;
  incidentId: IncidentId;
  createdAt: Instant;
  createdBy: string;
}

/**
 * Stores imported rows as new events of one incident (fresh ids, version 1, no links), skipping
 * rows whose origin key the incident already has, from an earlier import or earlier in `rows`
 * (the first one is kept). Returns how many were stored.
 */
export async function insertImportedTimelineEvents(
  db: Executor,
  target: ImportTarget,
  rows: readonly ImportedTimelineEvent[],
): Promise<number> {
  const incidents = new Map<string, string>([[target.incidentId, target.workspaceId]]);
  let stored = 0;
  for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS) {
    const end = Math.min(i + INSERT_BATCH_ROWS, rows.length);
    const parameters: unknown[] = new Array((end - i) * ROW_FIELDS.length + 4);
    let p = 0;
    for (let j = i; j < end; j++) {
      const row = rows[j]!;
      // In ROW_FIELDS order, then the per-import values: what importInsertSql checked.
      parameters[p++] = newId();
      parameters[p++] = row.at;
      parameters[p++] = row.sourceZone;
      parameters[p++] = row.kind;
      parameters[p++] = row.source;
      parameters[p++] = row.actor;
      parameters[p++] = row.text;
      parameters[p++] = row.originKey;
    }
    parameters[p++] = target.workspaceId;
    parameters[p++] = target.incidentId;
    parameters[p++] = target.createdAt;
    parameters[p++] = target.createdBy;
    stored += await runTimelineInsert(db, importInsertSql(db, end - i), parameters, incidents);
  }
  return stored;
}

/** The columns that differ from row to row of an import. */
const ROW_FIELDS = [
  'id',
  'at',
  'source_zone',
  'kind',
  'source',
  'actor',
  'text',
  'origin_key',
] as const satisfies readonly (keyof TimelineEventTable)[];
const IMPORT_FIELDS = ['workspace_id', 'incident_id', 'created_at', 'created_by'] as const;

/** The stored value of `column`, as SQL over `v` (a row of ROW_FIELDS) and `c` (the import). */
function selectedValue(column: (typeof TIMELINE_EVENT_COLUMNS)[number]): RawBuilder<unknown> {
  const field = ROW_FIELDS.indexOf(column as (typeof ROW_FIELDS)[number]);
  if (field >= 0) return sql.raw(`v.column${field + 1}`);
  if ((IMPORT_FIELDS as readonly string[]).includes(column)) return sql.raw(`c.${column}`);
  const constant = NEW_EVENT_CONSTANTS[column as keyof typeof NEW_EVENT_CONSTANTS];
  if (constant === undefined) throw new Error(`timeline_events import: no value for ${column}`);
  return constant;
}

/** Every imported event starts without highlight, links or change, at version 1. */
const NEW_EVENT_CONSTANTS = {
  highlight: sql`0`,
  links: sql.lit(toJsonColumn([])),
  change: sql`null`,
  version: sql`1`,
};

// The SQL text depends only on the dialect and the row count: compiled once per pair and reused.
const importSqlByShape = new Map<string, string>();

/**
 * INSERT … SELECT from a VALUES list of the per-row columns, cross joined with the one row of
 * per-import values: binding 8 values per row instead of 16 saves a fifth of the cost of storing
 * a row on SQLite. VALUES stays the outer loop, so of two rows with one origin key the first is
 * stored; `WHERE true` is how SQLite tells the ON CONFLICT clause from a join constraint.
 */
function importInsertSql(db: Executor, rowCount: number): string {
  const shape = `${db.getExecutor().adapter.constructor.name}:${rowCount}`;
  let sqlText = importSqlByShape.get(shape);
  if (sqlText === undefined) {
    // Placeholders whose values name their column, so the parameter order is checked, not assumed.
    const row = sql`(${sql.join(ROW_FIELDS.map((field) => sql`${field}`))})`;
    const compiled =
      sql`insert into timeline_events (${sql.join(TIMELINE_EVENT_COLUMNS.map((c) => sql.ref(c)))})
      select ${sql.join(TIMELINE_EVENT_COLUMNS.map(selectedValue))}
      from (values ${sql.join(Array.from({ length: rowCount }, () => row))}) as v
      cross join (select ${sql.join(IMPORT_FIELDS.map((field) => sql`${field} as ${sql.ref(field)}`))}) as c
      where true
      on conflict (incident_id, origin_key) where origin_key is not null do nothing`.compile(db);
    const expected = [
      ...Array.from({ length: rowCount }, () => ROW_FIELDS).flat(),
      ...IMPORT_FIELDS,
    ];
    if (compiled.parameters.join() !== expected.join()) {
      throw new Error('timeline_events import: the compiled parameter order differs');
    }
    sqlText = compiled.sql;
    importSqlByShape.set(shape, sqlText);
  }
  return sqlText;
}
