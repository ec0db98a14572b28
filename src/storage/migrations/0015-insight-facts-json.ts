/**
 * @module The insight facts row as one JSON array, and a view that says how it is built:
 *
 *   [review or null, items, services, id, number, severity, status, created, impact started,
 *    detected, acknowledged, mitigated, resolved, customers notified, key]
 *
 * Migration 0014 packed the incident's fields as `a|b|c` text, which this process cut into
 * pieces. V8 keeps such a piece as a view into the whole row's text, and comparing two of them
 * costs about six times what comparing plain strings does; every figure compares instants
 * (period lookups, ordering), and with plain strings the overview's computations took 20–40 ms
 * less at 100,000 incidents. JSON.parse builds plain strings, at about the same parsing cost.
 *
 * Two columns let a read skip what no figure uses: `reviewed`, and `ended_at` (the later of
 * mitigation and resolution). Before its first period an overview needs only reviewed incidents
 * (recurrence, action items) and those that ended late enough to count in a period (review
 * completion goes by resolution) or in an error budget's window.
 *
 * The triggers of 0014 rebuild a row from the view `incident_insight_facts_source` from now on,
 * so a later change of the row's shape replaces the view alone.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.js';
import { dialectOf } from '../search/search-schema.js';
import {
  createSqliteTriggers,
  itemsOf,
  reviewOf,
  servicesOf,
  WATCHED,
} from './0014-insight-facts.js';

const COLUMNS = 'workspace_id, anchor, incident_id, private, facts, reviewed, ended_at';

export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  await sql`alter table incident_insight_facts add column reviewed integer not null default 0`.execute(
    db,
  );
  await sql`alter table incident_insight_facts add column ended_at text`.execute(db);
  await sql
    .raw(`create view incident_insight_facts_source as ${sourceSelect(dialect)}`)
    .execute(db);
  if (dialect === 'sqlite') {
    for (const table of Object.keys(WATCHED)) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql.raw(`drop trigger insight_facts_${table}_${event}`).execute(db);
      }
    }
    await createSqliteTriggers(db, (incident) => refreshOf(`incident_id = ${incident}`));
  } else {
    // The trigger functions of 0014 all call this one, so replacing it re-points them all.
    await sql
      .raw(`create or replace function insight_facts_refresh(ids text[]) returns void
      language plpgsql as $$
      begin ${refreshOf('incident_id = any(ids)')} end $$`)
      .execute(db);
  }
  await sql`delete from incident_insight_facts`.execute(db);
  await sql
    .raw(`insert into incident_insight_facts (${COLUMNS})
      select ${COLUMNS} from incident_insight_facts_source`)
    .execute(db);
}

/** Statements that rebuild the rows of the incidents `where` selects. */
function refreshOf(where: string): string {
  return `delete from incident_insight_facts where ${where};
    insert into incident_insight_facts (${COLUMNS})
      select ${COLUMNS} from incident_insight_facts_source where ${where};`;
}

/** Every incident's row, built from the live tables. */
function sourceSelect(dialect: Dialect): string {
  // Milestones stay NULL: JSON has null, so no empty-string convention is needed any more.
  const incident = `i.id, i.number, i.severity, i.status, i.created_at, i.impact_started_at,
      i.detected_at, i.acknowledged_at, i.mitigated_at, i.resolved_at, i.customers_notified_at, i.key`;
  // SQLite embeds a value as JSON only when it comes straight from a JSON function, so each
  // part is passed through json(); PostgreSQL needs the cast from the text 0014's parts return.
  const facts =
    dialect === 'sqlite'
      ? `json_array(json(${reviewOf(dialect)}), json(${itemsOf(dialect)}),
          json(${servicesOf(dialect)}), ${incident})`
      : `json_build_array((${reviewOf(dialect)})::json, (${itemsOf(dialect)})::json,
          (${servicesOf(dialect)})::json, ${incident})::text`;
  return `select i.workspace_id as workspace_id,
      coalesce(i.impact_started_at, i.detected_at, i.created_at) as anchor,
      i.id as incident_id, i.private as private, ${facts} as facts,
      case when r.id is null then 0 else 1 end as reviewed,
      ${dialect === 'sqlite' ? 'max' : 'greatest'}(coalesce(i.mitigated_at, i.resolved_at),
        coalesce(i.resolved_at, i.mitigated_at)) as ended_at
    from incidents i left join reviews r on r.workspace_id = i.workspace_id and r.incident_id = i.id`;
}
