/** @module Full-text search on PostgreSQL: a weighted tsvector built from the same stems, a GIN index, ts_rank. */
import { sql } from 'kysely';
import type { SearchClause, SearchDocument } from '../../domain/library/index.js';
import { SEARCH_FIELDS, type SearchField } from '../../domain/library/index.js';
import { upsertDocumentRows } from './search-documents.js';
import type { SearchEngine } from './search-engine.js';
import { searchFilterSql } from './search-filters.js';
import { loadHits, type RankedMatch } from './search-page.js';

const WEIGHT_LABELS: Record<SearchField, string> = {
  title: 'A',
  summary: 'B',
  factors: 'C',
  lessons: 'C',
  actions: 'C',
  timeline: 'D',
};

/** ts_rank's weights for D, C, B, A, in the same proportions as BM25's column weights on SQLite. */
const RANK_WEIGHTS = '{0.125, 0.25, 0.5, 1.0}';

const MAX_POSITION = 16_383;

export const postgresSearchEngine: SearchEngine = {
  async writeDocuments(db, entries) {
    // The tsvector arrives as a literal with a cast in the same insert, so PostgreSQL parses it
    // server-side without a statement (or round trip) of its own per document.
    await upsertDocumentRows(db, entries, (entry) => ({
      tsv: sql`${tsvectorLiteralOf(entry.document)}::tsvector`,
    }));
  },

  async search(db, request) {
    // One statement over every match, as SQLite's rank-first shortcut does not pay here: ts_rank
    // has to read every match's tsvector anyway, and the length normalisation ranks short
    // unreviewed documents first, so a `published` filter drops most of the best few hundred.
    // Only ids go through the sort; the page's text is read afterwards.
    const { rows: page } = await sql<RankedMatch>`select d.incident_id as id,
        ts_rank(${RANK_WEIGHTS}::float4[], d.tsv, q.query, 1) as score
      from search_documents d
      cross join (select ${tsqueryOf(request.query.clauses)}::tsquery as query) q
      join incidents i on i.id = d.incident_id
      left join reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
      where d.tsv @@ q.query and ${searchFilterSql(request)}
      order by score desc, i.number desc
      limit ${request.limit} offset ${request.offset}`.execute(db);
    return loadHits(db, page, sql`d.incident_id`);
  },
};

/**
 * The document as a tsvector literal: stems are given as lexemes with their positions and field
 * weights, so PostgreSQL applies no parser or dictionary of its own. Positions skip one between
 * fields so a phrase never spans two fields (as in FTS5, where a phrase stays in one column).
 */
export function tsvectorLiteralOf(document: SearchDocument): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of SEARCH_FIELDS) {
    for (const stem of document.stems[field]) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(stem) ?? [];
      list.push(`${position}${WEIGHT_LABELS[field]}`);
      positions.set(stem, list);
    }
    position += 1;
  }
  return [...positions.entries()].map(([stem, at]) => `'${stem}':${at.join(',')}`).join(' ');
}

/** A tsquery literal; stems hold letters and digits only, so quoting each one is enough. */
export function tsqueryOf(clauses: SearchClause[]): string {
  return clauses
    .map((clause) => {
      if (clause.kind === 'term') return `'${clause.stem}'`;
      if (clause.kind === 'prefix') return `'${clause.stem}':*`;
      return `(${clause.stems.map((s) => `'${s}'`).join(' <-> ')})`;
    })
    .join(' & ');
}
