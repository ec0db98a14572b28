/**
 * @module One narrow row per incident with everything insights compute from: its milestones and
 * services, its review's status, deadlines, impact and factor categories, and its action items.
 * Reading a range of incidents, their services, reviews and items from the live tables cost four
 * reads of wide rows at random places (in SQLite, 196 ms for the first three over 38,880
 * incidents); this table is one range scan in the order insights filter on (52 ms for the same).
 *
 * Triggers rebuild an incident's row, in the same transaction, whenever a column it copies changes
 * in incidents, incident_services, reviews or action_items, so it is never stale and no write path
 * has to remember it. The row's `facts` text is read by `storage/insight-facts.ts`:
 *
 *   review JSON (or empty) ␞ items JSON ␞ services JSON ␞ id|number|severity|status|created|
 *   impact started|detected|acknowledged|mitigated|resolved|customers notified|key
 *
 * JSON text never holds a raw control character, so ␞ (U+001E) cannot occur inside the JSON
 * parts; the key, text a workspace chose, goes last so it may hold anything.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';
import { dialectOf } from '../search/search-schema.js';

/** Copied columns, per table: a change to any other column leaves the row as it is. */
export const WATCHED = {
  incidents: [
    'key',
    'number',
    'severity',
    'status',
    'private',
    'created_at',
    'impact_started_at',
    'detected_at',
    'acknowledged_at',
    'mitigated_at',
    'resolved_at',
    'customers_notified_at',
  ],
  incident_services: ['value', 'position', 'incident_id'],
  reviews: ['status', 'published_at', 'publish_due_at', 'impact', 'factors', 'incident_id'],
  action_items: [
    'status',
    'due_date',
    'created_at',
    'done_at',
    'verification',
    'owner',
    'title',
    'position',
    'incident_id',
  ],
} as const;

type WatchedTable = keyof typeof WATCHED;
const INCIDENT_COLUMN: Record<WatchedTable, string> = {
  incidents: 'id',
  incident_services: 'incident_id',
  reviews: 'incident_id',
  action_items: 'incident_id',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  await sql
    .raw(`create table incident_insight_facts (
      workspace_id text not null,
      anchor text not null,
      incident_id text not null,
      private integer not null,
      facts text not null,
      primary key (workspace_id, anchor, incident_id)
    )${dialect === 'sqlite' ? ' without rowid' : ''}`)
    .execute(db);
  await sql`create unique index incident_insight_facts_incident on incident_insight_facts (incident_id)`.execute(
    db,
  );
  await sql.raw(`insert into incident_insight_facts ${factsSelect(dialect)}`).execute(db);
  if (dialect === 'sqlite') {
    await createSqliteTriggers(
      db,
      (incident) => `delete from incident_insight_facts where incident_id = ${incident};
     insert into incident_insight_facts ${factsSelect('sqlite', `where i.id = ${incident}`)};`,
    );
  } else await createPostgresTriggers(db);
}

/** The rows of the incidents `where` selects (over `i`, the incidents table). */
function factsSelect(dialect: Dialect, where = ''): string {
  const separator = (code: number) => (dialect === 'sqlite' ? `char(${code})` : `chr(${code})`);
  const text = (column: string) => `coalesce(${column}, '')`;
  const incident = [
    'i.id',
    'cast(i.number as text)',
    'i.severity',
    'i.status',
    'i.created_at',
    text('i.impact_started_at'),
    text('i.detected_at'),
    text('i.acknowledged_at'),
    text('i.mitigated_at'),
    text('i.resolved_at'),
    text('i.customers_notified_at'),
    'i.key',
  ].join(` || '|' || `);
  return `select i.workspace_id, coalesce(i.impact_started_at, i.detected_at, i.created_at), i.id, i.private,
      ${text(reviewOf(dialect))} || ${separator(30)} || ${itemsOf(dialect)} || ${separator(30)}
      || ${servicesOf(dialect)} || ${separator(30)} || ${incident}
    from incidents i left join reviews r on r.workspace_id = i.workspace_id and r.incident_id = i.id
    ${where}`;
}

/** The services as a JSON array, in their written order. */
export function servicesOf(dialect: Dialect): string {
  return dialect === 'sqlite'
    ? `(select json_group_array(s.value order by s.position) from incident_services s where s.incident_id = i.id)`
    : `(select coalesce(json_agg(s.value order by s.position), '[]'::json)::text from incident_services s where s.incident_id = i.id)`;
}

/** The review as `{status, publishedAt, publishDueAt, impact, factors: [{category, actionItemIds}]}`. */
export function reviewOf(dialect: Dialect): string {
  if (dialect === 'sqlite') {
    return `case when r.id is null then null else json_object(
        'status', r.status, 'publishedAt', r.published_at, 'publishDueAt', r.publish_due_at,
        'impact', json(r.impact),
        'factors', (select json_group_array(json_object(
            'category', f.value ->> '$.category',
            'actionItemIds', json(coalesce(f.value -> '$.actionItemIds', '[]'))))
          from json_each(r.factors) f)) end`;
  }
  return `case when r.id is null then null else json_build_object(
      'status', r.status, 'publishedAt', r.published_at, 'publishDueAt', r.publish_due_at,
      'impact', r.impact::json,
      'factors', (select coalesce(json_agg(json_build_object(
            'category', f.value ->> 'category',
            'actionItemIds', coalesce(f.value -> 'actionItemIds', '[]'::json)) order by f.n), '[]'::json)
          from json_array_elements(r.factors::json) with ordinality as f(value, n)))::text end`;
}

/** The items in review order, each `[id, status, due, created, done, verified, owner, title]`. */
export function itemsOf(dialect: Dialect): string {
  if (dialect === 'sqlite') {
    return `(select json_group_array(json_array(a.id, a.status, a.due_date, a.created_at, a.done_at,
          a.verification ->> '$.at', a.owner, a.title) order by a.position)
        from action_items a where a.workspace_id = i.workspace_id and a.incident_id = i.id)`;
  }
  return `(select coalesce(json_agg(json_build_array(a.id, a.status, a.due_date, a.created_at, a.done_at,
          a.verification::json ->> 'at', a.owner, a.title) order by a.position), '[]'::json)::text
        from action_items a where a.workspace_id = i.workspace_id and a.incident_id = i.id)`;
}

/** SQLite's triggers, each running `refresh` (statements that rebuild one incident's row). */
export async function createSqliteTriggers(
  db: Kysely<unknown>,
  refresh: (incident: string) => string,
): Promise<void> {
  for (const [table, columns] of Object.entries(WATCHED) as [WatchedTable, readonly string[]][]) {
    const incident = INCIDENT_COLUMN[table];
    const changed = columns.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(`create trigger insight_facts_${table}_insert after insert on ${table}
        begin ${refresh(`new.${incident}`)} end`)
      .execute(db);
    await sql
      .raw(`create trigger insight_facts_${table}_update after update of ${columns.join(', ')} on ${table}
        when ${changed}
        begin ${refresh(`new.${incident}`)} ${table === 'incidents' ? '' : refresh(`old.${incident}`)} end`)
      .execute(db);
    await sql
      .raw(`create trigger insight_facts_${table}_delete after delete on ${table}
        begin ${refresh(`old.${incident}`)} end`)
      .execute(db);
  }
}

async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`create function insight_facts_refresh(ids text[]) returns void language plpgsql as $$
    begin
      delete from incident_insight_facts where incident_id = any(ids);
      insert into incident_insight_facts ${factsSelect('postgres', 'where i.id = any(ids)')};
    end $$`)
    .execute(db);
  // Edits: a row trigger that names the incident column in its argument, old and new incident.
  await sql
    .raw(`create function insight_facts_on_update() returns trigger language plpgsql as $$
    begin
      perform insight_facts_refresh(array[to_jsonb(old)->>tg_argv[0], to_jsonb(new)->>tg_argv[0]]);
      return null;
    end $$`)
    .execute(db);
  // Inserts and deletes: statement triggers, so writing an incident's labels or items refreshes
  // its row once instead of once per row written.
  for (const [table, columns] of Object.entries(WATCHED) as [WatchedTable, readonly string[]][]) {
    const incident = INCIDENT_COLUMN[table];
    for (const [event, rows] of [
      ['insert', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql
        .raw(`create function insight_facts_on_${table}_${event}() returns trigger language plpgsql as $$
        begin
          perform insight_facts_refresh(array(select distinct ${incident} from changed_rows));
          return null;
        end $$`)
        .execute(db);
      await sql
        .raw(`create trigger insight_facts_${table}_${event} after ${event} on ${table}
          referencing ${rows} table as changed_rows for each statement
          execute function insight_facts_on_${table}_${event}()`)
        .execute(db);
    }
    const changed = columns.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(`create trigger insight_facts_${table}_update after update of ${columns.join(', ')} on ${table}
        for each row when (${changed}) execute function insight_facts_on_update('${incident}')`)
      .execute(db);
  }
}
