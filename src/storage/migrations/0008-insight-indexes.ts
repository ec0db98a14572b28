/**
 * @module Indexes behind insights: incidents by the instant that places them in a period (impact
 * start, else detection, else declaration), and action items by incident.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The expression must stay the one `storage/insights.ts` filters on, or neither engine uses it.
  await sql`
    create index incidents_anchor
    on incidents (workspace_id, coalesce(impact_started_at, detected_at, created_at))
  `.execute(db);
  // Covers "which incidents have unverified items"; its prefix is not (workspace, status), so the
  // backlog query keeps reading `action_items_due` in the order it always has.
  await db.schema
    .createIndex('action_items_incident')
    .on('action_items')
    .columns(['workspace_id', 'incident_id', 'status'])
    .execute();
}
