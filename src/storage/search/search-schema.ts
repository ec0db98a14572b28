/** @module Creates the search tables and the triggers that mark an incident's document stale, per dialect. */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Dialect } from '../database.js';

/** The dialect a migration runs on, read from Kysely's adapter. */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Tables, indexes and triggers for full-text search; called by migration 0004. */
export async function createSearchSchema(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  let documents = db.schema
    .createTable('search_documents')
    .addColumn('incident_id', 'text', (c) =>
      c.primaryKey().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('workspace_id', 'text', (c) => c.notNull());
  for (const column of ['title', 'summary', 'factors', 'lessons', 'actions', 'timeline']) {
    documents = documents.addColumn(column, 'text', (c) => c.notNull());
  }
  await documents
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('search_categories')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_categories_pk', ['incident_id', 'value'])
    .execute();
  await db.schema
    .createIndex('search_categories_lookup')
    .on('search_categories')
    .columns(['workspace_id', 'value', 'incident_id'])
    .execute();

  await db.schema
    .createTable('search_terms')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) =>
      c.notNull().references('incidents.id').onDelete('cascade'),
    )
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['incident_id', 'term'])
    .execute();
  await db.schema
    .createIndex('search_terms_lookup')
    .on('search_terms')
    .columns(['workspace_id', 'term', 'incident_id'])
    .execute();

  // No foreign key: a mark written while an incident is deleted (by cascading deletes) must not fail.
  await db.schema
    .createTable('search_dirty')
    .addColumn('incident_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();

  if (dialect === 'sqlite') await createSqliteParts(db);
  else await createPostgresParts(db);
}

/**
 * Which changes make a document stale: the columns it is built from. Inserted timeline events are
 * the exception: a row trigger would fire once per event of a million-event import, so
 * storage/timeline-events.ts marks their incidents once per inserted batch instead.
 */
const WATCHED: { table: string; incident: string; columns: string[] }[] = [
  { table: 'incidents', incident: 'id', columns: ['title', 'summary', 'customer_impact'] },
  { table: 'timeline_events', incident: 'incident_id', columns: ['text', 'incident_id'] },
  {
    table: 'reviews',
    incident: 'incident_id',
    columns: ['summary', 'lessons', 'why_trees', 'factors', 'incident_id'],
  },
  {
    table: 'action_items',
    incident: 'incident_id',
    columns: ['title', 'success_criteria', 'incident_id'],
  },
];

async function createSqliteParts(db: Kysely<unknown>): Promise<void> {
  // Documents arrive already tokenized and stemmed (src/domain/library), so the `ascii` tokenizer
  // only splits on the spaces between stems: both engines index exactly the same words.
  await sql`create virtual table search_fts using fts5(title, summary, factors, lessons, actions, timeline, tokenize = 'ascii')`.execute(
    db,
  );
  await sql`insert into search_fts(search_fts, rank) values ('rank', 'bm25(8.0, 4.0, 2.0, 2.0, 2.0, 1.0)')`.execute(
    db,
  );
  await sql`create trigger search_documents_fts_delete after delete on search_documents begin
    delete from search_fts where rowid = old.rowid;
  end`.execute(db);
  const mark = (row: 'new' | 'old', incident: string) =>
    `insert into search_dirty (incident_id, workspace_id, seq) values (${row}.${incident}, ${row}.workspace_id, 1)
     on conflict (incident_id) do update set seq = search_dirty.seq + 1;`;
  for (const { table, incident, columns } of WATCHED) {
    const changed = columns.map((c) => `old.${c} is not new.${c}`).join(' or ');
    if (table !== 'timeline_events') {
      await sql
        .raw(
          `create trigger search_dirty_${table}_insert after insert on ${table} begin ${mark('new', incident)} end`,
        )
        .execute(db);
    }
    await sql
      .raw(
        `create trigger search_dirty_${table}_update after update of ${columns.join(', ')} on ${table}
         when ${changed} begin ${mark('new', incident)} ${mark('old', incident)} end`,
      )
      .execute(db);
    if (table !== 'incidents') {
      await sql
        .raw(
          `create trigger search_dirty_${table}_delete after delete on ${table} begin ${mark('old', incident)} end`,
        )
        .execute(db);
    }
  }
}

async function createPostgresParts(db: Kysely<unknown>): Promise<void> {
  await sql`alter table search_documents add column tsv tsvector not null`.execute(db);
  await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  await sql`create index search_documents_workspace on search_documents (workspace_id)`.execute(db);
  // Row triggers for edits and deletes (they carry a WHEN); statement triggers for inserts, so a
  // bulk import of events marks each incident once instead of once per event.
  await sql
    .raw(`create function search_mark_dirty() returns trigger language plpgsql as $$
    declare r jsonb;
    begin
      r := to_jsonb(case when tg_op = 'DELETE' then old else new end);
      insert into search_dirty (incident_id, workspace_id, seq)
        values (r->>tg_argv[0], r->>'workspace_id', 1)
        on conflict (incident_id) do update set seq = search_dirty.seq + 1;
      if tg_op = 'UPDATE' then
        r := to_jsonb(old);
        insert into search_dirty (incident_id, workspace_id, seq)
          values (r->>tg_argv[0], r->>'workspace_id', 1)
          on conflict (incident_id) do update set seq = search_dirty.seq + 1;
      end if;
      return null;
    end $$`)
    .execute(db);
  for (const { table, incident, columns } of WATCHED) {
    if (table !== 'timeline_events') {
      await sql
        .raw(`create function search_mark_inserted_${table}() returns trigger language plpgsql as $$
        begin
          insert into search_dirty (incident_id, workspace_id, seq)
            select distinct ${incident}, workspace_id, 1 from inserted_rows
            on conflict (incident_id) do update set seq = search_dirty.seq + 1;
          return null;
        end $$`)
        .execute(db);
      await sql
        .raw(
          `create trigger search_dirty_${table}_insert after insert on ${table}
           referencing new table as inserted_rows for each statement
           execute function search_mark_inserted_${table}()`,
        )
        .execute(db);
    }
    const changed = columns.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(
        `create trigger search_dirty_${table}_update after update of ${columns.join(', ')} on ${table}
         for each row when (${changed}) execute function search_mark_dirty('${incident}')`,
      )
      .execute(db);
    if (table !== 'incidents') {
      await sql
        .raw(
          `create trigger search_dirty_${table}_delete after delete on ${table}
           for each row execute function search_mark_dirty('${incident}')`,
        )
        .execute(db);
    }
  }
}
