/**
 * @module Keeps the source id of an imported event on the event itself, unique per incident, so an
 * import deduplicates with one `INSERT … ON CONFLICT DO NOTHING` instead of a lookup and a second table.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('timeline_events').addColumn('origin_key', 'text').execute();
  // An event has at most one origin row; min() only makes the subquery a single value on both engines.
  await sql`
    update timeline_events
    set origin_key = (
      select min(o.origin_key) from timeline_event_origins o
      where o.timeline_event_id = timeline_events.id
    )
    where id in (select timeline_event_id from timeline_event_origins)
  `.execute(db);
  // Partial: events typed in by hand (no origin key, most of them) cost no index entry, and the
  // conflict target of every insert names the same predicate (storage/timeline-event-writes.ts).
  await db.schema
    .createIndex('timeline_events_incident_origin')
    .on('timeline_events')
    .columns(['incident_id', 'origin_key'])
    .unique()
    .where(sql.ref('origin_key'), 'is not', null)
    .execute();
  await db.schema.dropTable('timeline_event_origins').execute();
}
