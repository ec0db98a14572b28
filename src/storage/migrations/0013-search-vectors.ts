/**
 * @module PostgreSQL search ranks narrow rows: the tsvector moves out of `search_documents` into
 * `search_vectors`, next to copies of what search filters on, and triggers mark an incident's
 * document stale when a copied field changes. SQLite is untouched: FTS5 ranks first and filters
 * the few hundred best on the live tables.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../search/search-schema.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`create table search_vectors (
      incident_id text primary key references incidents (id) on delete cascade,
      workspace_id text not null,
      number integer not null,
      private integer not null,
      published boolean not null,
      severity text not null,
      started_at text not null,
      facets text[] not null,
      tsv tsvector not null
    )`.execute(db);
  // Kept compressed in the row: a match read from TOAST would cost extra page reads.
  await sql`alter table search_vectors alter column tsv set storage main`.execute(db);
  await sql`insert into search_vectors
      select d.incident_id, d.workspace_id, i.number, i.private,
        coalesce(r.status = 'published', false), i.severity,
        coalesce(i.impact_started_at, i.created_at),
        array(
          select 'service:' || s.value from incident_services s where s.incident_id = i.id
          union all select 'tag:' || t.value from incident_tags t where t.incident_id = i.id
          union all select 'category:' || c.value from search_categories c where c.incident_id = i.id),
        d.tsv
      from search_documents d
      join incidents i on i.id = d.incident_id
      left join reviews r on r.workspace_id = i.workspace_id and r.incident_id = i.id`.execute(db);
  await sql`create index search_vectors_tsv on search_vectors using gin (tsv)`.execute(db);
  await sql`create index search_vectors_facets on search_vectors using gin (facets)`.execute(db);
  await sql`drop index search_documents_tsv`.execute(db);
  await sql`alter table search_documents drop column tsv`.execute(db);

  // search_mark_dirty (migration 0004) marks the row's incident, named by the trigger's argument.
  await sql`create trigger search_dirty_incidents_copies after update of private, severity, impact_started_at
      on incidents for each row
      when (old.private is distinct from new.private or old.severity is distinct from new.severity
        or old.impact_started_at is distinct from new.impact_started_at)
      execute function search_mark_dirty('id')`.execute(db);
  await sql`create trigger search_dirty_reviews_status after update of status on reviews
      for each row when (old.status is distinct from new.status)
      execute function search_mark_dirty('incident_id')`.execute(db);
  // Labels: a statement trigger for inserts, so writing an incident's labels marks it once.
  await sql`create function search_mark_inserted_labels() returns trigger language plpgsql as $$
    begin
      insert into search_dirty (incident_id, workspace_id, seq)
        select distinct incident_id, workspace_id, 1 from inserted_rows
        on conflict (incident_id) do update set seq = search_dirty.seq + 1;
      return null;
    end $$`.execute(db);
  for (const table of ['incident_services', 'incident_tags']) {
    await sql
      .raw(`create trigger search_dirty_${table}_insert after insert on ${table}
        referencing new table as inserted_rows for each statement
        execute function search_mark_inserted_labels()`)
      .execute(db);
    await sql
      .raw(`create trigger search_dirty_${table}_delete after delete on ${table}
        for each row execute function search_mark_dirty('incident_id')`)
      .execute(db);
  }
}
