/**
 * @module Search at 100,000 incidents: signature terms indexed by weight, so related incidents read
 * a term's heaviest postings from the index alone; on PostgreSQL, tsvectors kept in the row.
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../search/search-schema.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('search_terms_weight')
    .on('search_terms')
    .columns(['workspace_id', 'term', 'weight', 'incident_id'])
    .execute();
  if (dialectOf(db) === 'postgres') {
    // Ranking reads the tsvector of every match; left to the default, PostgreSQL moves it to the
    // TOAST table (the document's text makes the row too wide) and each match costs extra page
    // reads. MAIN keeps it compressed in the row and moves the text columns out first. It applies
    // to documents written from now on.
    await sql`alter table search_documents alter column tsv set storage main`.execute(db);
  }
}
