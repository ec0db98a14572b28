/** @module Full-text search on SQLite: an FTS5 table over pre-stemmed fields, ranked by weighted BM25. */
import { sql } from 'kysely';
import type { SearchClause } from '../../domain/library/index.js';
import { SEARCH_FIELDS } from '../../domain/library/index.js';
import type { Executor } from '../executor.js';
import { chunksOf, deleteDocumentRows, upsertDocumentRows } from './search-documents.js';
import type { SearchEngine } from './search-engine.js';
import { searchFilterSql } from './search-filters.js';
import { findSearchPage, loadHits, type RankedMatch } from './search-page.js';
import type { SearchRequest } from './search-request.js';

export const sqliteSearchEngine: SearchEngine = {
  async writeDocuments(db, entries) {
    await upsertDocumentRows(db, entries);
    const ids = entries.map((entry) => entry.incidentId);
    const rowids = new Map<string, number>();
    for (const chunk of chunksOf(ids, 1)) {
      const { rows } = await sql<{
        id: number;
        incident_id: string;
      }>`select rowid as id, incident_id
        from search_documents where incident_id in (${sql.join(chunk)})`.execute(db);
      for (const row of rows) rowids.set(row.incident_id, row.id);
    }
    const ftsRows = entries.flatMap((entry) => {
      const id = rowids.get(entry.incidentId);
      return id === undefined ? [] : [{ id, stems: entry.document.stems }];
    });
    for (const chunk of chunksOf(ftsRows, SEARCH_FIELDS.length + 1)) {
      await sql`delete from search_fts where rowid in (${sql.join(chunk.map((r) => r.id))})`.execute(
        db,
      );
      const values = chunk.map(
        ({ id, stems }) =>
          sql`(${id}, ${sql.join(SEARCH_FIELDS.map((f) => sql`${stems[f].join(' ')}`))})`,
      );
      await sql`insert into search_fts (rowid, title, summary, factors, lessons, actions, timeline)
        values ${sql.join(values)}`.execute(db);
    }
  },

  async deleteDocuments(db, incidentIds) {
    await deleteDocumentRows(db, incidentIds);
  },

  async search(db, request) {
    const match = fts5MatchOf(request.query.clauses);
    const page = await findSearchPage(request, {
      // `+rank` keeps the ORDER BY from FTS5, whose own rank sorter costs more than half again as
      // much as SQLite's top-N sort over the same scores.
      bestRanked: async (depth) =>
        (
          await sql<RankedMatch>`select rowid as id, -rank as score from search_fts
            where search_fts match ${match} order by +rank limit ${depth}`.execute(db)
        ).rows,
      numbersOfVisible: (ids) => numbersOfVisible(db, request, ids),
      everyMatch: async () =>
        (
          await sql<RankedMatch>`select d.rowid as id, -f.rank as score
            from search_fts f
            join search_documents d on d.rowid = f.rowid
            join incidents i on i.id = d.incident_id
            left join reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
            where search_fts match ${match} and ${searchFilterSql(request)}
            order by f.rank, i.number desc
            limit ${request.limit} offset ${request.offset}`.execute(db)
        ).rows,
    });
    return loadHits(db, page, sql`d.rowid`);
  },
};

async function numbersOfVisible(
  db: Executor,
  request: SearchRequest,
  ids: RankedMatch['id'][],
): Promise<Map<RankedMatch['id'], number>> {
  // CROSS JOIN fixes the join order: unguided, SQLite walks every published review of the
  // workspace by its status index instead of looking up these few hundred rows.
  const reviews = request.filters.status === 'published' ? sql`cross join` : sql`left join`;
  const { rows } = await sql<{ id: number; number: number }>`select d.rowid as id, i.number
    from search_documents d
    cross join incidents i on i.id = d.incident_id
    ${reviews} reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
    where d.rowid in (${sql.join(ids)}) and ${searchFilterSql(request)}`.execute(db);
  return new Map(rows.map((row) => [row.id, row.number]));
}

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
