/** @module Full-text search: documents per incident, FTS5 on SQLite or tsvector + GIN on PostgreSQL, and staleness marks. */
import { type Kysely, sql } from 'kysely';
import { createSearchSchema } from '../search/search-schema.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await createSearchSchema(db);
  // Existing incidents are marked stale, so the first search (or write) indexes them.
  await sql`insert into search_dirty (incident_id, workspace_id, seq) select id, workspace_id, 1 from incidents`.execute(
    db,
  );
}
