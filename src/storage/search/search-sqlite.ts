/** @module Full-text search on SQLite: an FTS5 table over pre-stemmed fields, ranked by weighted BM25. */
import { sql } from 'kysely';
import type { SearchClause } from '../../domain/library/index.js';
import { SEARCH_FIELDS } from '../../domain/library/index.js';
import type { Executor } from '../executor.js';
import { hitFromRow } from './hit-from-row.js';
import { upsertDocumentRow } from './search-documents.js';
import type { SearchEngine } from './search-engine.js';
import { HIT_COLUMNS, type HitRow, searchFilterSql } from './search-filters.js';

export const sqliteSearchEngine: SearchEngine = {
  async writeDocument(db, entry) {
    await upsertDocumentRow(db, entry);
    const { rows } = await sql<{
      id: number;
    }>`select rowid as id from search_documents where incident_id = ${entry.incidentId}`.execute(
      db,
    );
    const id = rows[0]?.id;
    if (id === undefined) return;
    const stems = entry.document.stems;
    await sql`delete from search_fts where rowid = ${id}`.execute(db);
    await sql`insert into search_fts (rowid, title, summary, factors, lessons, actions, timeline)
      values (${id}, ${sql.join(SEARCH_FIELDS.map((f) => sql`${stems[f].join(' ')}`))})`.execute(
      db,
    );
  },

  async search(db: Executor, request) {
    const { rows } = await sql<HitRow>`select ${HIT_COLUMNS}, -f.rank as score
      from search_fts f
      join search_documents d on d.rowid = f.rowid
      join incidents i on i.id = d.incident_id
      left join reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
      where search_fts match ${fts5MatchOf(request.query.clauses)} and ${searchFilterSql(request)}
      order by f.rank, i.number desc
      limit ${request.limit} offset ${request.offset}`.execute(db);
    return rows.map(hitFromRow);
  },
};

/** An FTS5 expression; stems hold letters and digits only, so quoting each one is enough. */
export function fts5MatchOf(clauses: SearchClause[]): string {
  return clauses
    .map((clause) => {
      if (clause.kind === 'term') return `"${clause.stem}"`;
      if (clause.kind === 'prefix') return `"${clause.stem}"*`;
      return `"${clause.stems.join(' ')}"`;
    })
    .join(' AND ');
}
