/** @module Full-text search on PostgreSQL: a weighted tsvector built from the same stems, GIN indexes, ts_rank. */
import { sql } from 'kysely';
import type { SearchClause, SearchDocument } from '../../domain/library/index.js';
import { SEARCH_FIELDS, type SearchField } from '../../domain/library/index.js';
import { deleteDocumentRows, upsertDocumentRows } from './search-documents.js';
import type { SearchEngine } from './search-engine.js';
import { loadHits, type RankedMatch } from './search-page.js';
import { deleteSearchVectors, upsertSearchVectors, vectorFilterSql } from './search-vectors.js';

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
    await upsertDocumentRows(db, entries);
    // The tsvector arrives as a literal with a cast in the same insert, so PostgreSQL parses it
    // server-side without a statement (or round trip) of its own per document.
    await upsertSearchVectors(db, entries, (entry) => tsvectorLiteralOf(entry.document));
  },

  async deleteDocuments(db, incidentIds) {
    await deleteSearchVectors(db, incidentIds);
    await deleteDocumentRows(db, incidentIds);
  },

  async search(db, request) {
    // Every match is ranked, as SQLite's rank-first shortcut does not pay here: ts_rank reads each
    // match's tsvector anyway, and its length normalisation ranks short unreviewed documents
    // first, so a `published` filter would drop most of the best few hundred. The narrow vector
    // rows carry what the filters need, so no match is joined to anything.
    const { rows: page } = await sql<RankedMatch>`select d.incident_id as id,
        ts_rank(${RANK_WEIGHTS}::float4[], d.tsv, ${rankQueryOf(request.query.clauses)}::tsquery, 1) as score
      from search_vectors d
      where d.tsv @@ ${tsqueryOf(request.query.clauses)}::tsquery and ${vectorFilterSql(request)}
      order by score desc, d.number desc
      limit ${request.limit} offset ${request.offset}`.execute(db);
    return loadHits(db, page, sql`d.incident_id`, request);
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

/**
 * What a match is scored against: the query's stems joined by OR. ts_rank scores an AND or a
 * phrase by comparing every pair of the terms' positions, quadratic in how often they occur
 * (a phrase of two common words took twice as long to rank as to find); over OR it sums each
 * term's weighted occurrences, linear, and closer to BM25's sum over terms on SQLite. The match
 * itself still requires every term and phrase.
 */
export function rankQueryOf(clauses: SearchClause[]): string {
  return clauses
    .flatMap((clause) => {
      if (clause.kind === 'term') return [`'${clause.stem}'`];
      if (clause.kind === 'prefix') return [`'${clause.stem}':*`];
      return clause.stems.map((s) => `'${s}'`);
    })
    .join(' | ');
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
