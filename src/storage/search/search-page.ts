/** @module A page of search matches: found among the best-ranked first (SQLite), its hits loaded afterwards (both engines). */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../executor.js';
import { hitFromRow } from './hit-from-row.js';
import { HIT_COLUMNS, type HitRow, searchFilterSql } from './search-filters.js';
import type { SearchHit, SearchRequest } from './search-request.js';

/** A match and its engine's score (higher is better); `id` names the document row. */
export interface RankedMatch {
  id: string | number;
  score: number;
}

export interface PageQueries {
  /** The `depth` best-scored matches, best first; ties in any order. */
  bestRanked(depth: number): Promise<RankedMatch[]>;
  /** Incident numbers of the given matches that pass the request's filters. */
  numbersOfVisible(ids: RankedMatch['id'][]): Promise<Map<RankedMatch['id'], number>>;
  /** The page, from every match joined and filtered in one statement. */
  everyMatch(): Promise<RankedMatch[]>;
}

/** Matches ranked before filtering: a page of 20 and what filters usually drop. */
const FIRST_DEPTH = 150;
/** Past this (deep pages), one pass over every match costs less. */
const MAX_DEPTH = 4_000;

/**
 * The page of matches, best first (ties: newest incident first). Scoring a match is cheap; joining
 * every match to its incident (for filters and the tie-break) is what costs at 100,000 documents,
 * so the best few hundred are filtered first and every match only when that leaves the page unsure.
 */
export async function findSearchPage(
  request: SearchRequest,
  queries: PageQueries,
): Promise<RankedMatch[]> {
  const wanted = request.offset + request.limit;
  const depth = Math.max(FIRST_DEPTH, 4 * wanted);
  if (depth > MAX_DEPTH) return queries.everyMatch();
  const top = await queries.bestRanked(depth);
  const numbers =
    top.length === 0 ? new Map() : await queries.numbersOfVisible(top.map((m) => m.id));
  const kept = top
    .filter((match) => numbers.has(match.id))
    .sort((a, b) => b.score - a.score || (numbers.get(b.id) ?? 0) - (numbers.get(a.id) ?? 0));
  const worst = top.at(-1);
  if (worst === undefined || top.length < depth) return kept.slice(request.offset, wanted);
  // Matches past the first `depth` score no better than the worst of them, so the kept ones scored
  // strictly better are in their final order; ties with the worst may have company further on.
  const sure = kept.filter((match) => match.score > worst.score);
  return sure.length >= wanted ? sure.slice(request.offset, wanted) : queries.everyMatch();
}

/**
 * The hits of a page of matches, in the same order; `idColumn` is what `RankedMatch.id` holds.
 * With `recheck`, the request's filters are applied again to the live rows: an engine that
 * filtered on copies (PostgreSQL's vector rows) must never show a hit that has since become
 * private or unpublished. SQLite filtered the page on the live rows already, and there the extra
 * conditions would let its planner walk every published review instead of these few rows.
 */
export async function loadHits(
  db: Executor,
  page: RankedMatch[],
  idColumn: RawBuilder<unknown>,
  recheck?: SearchRequest,
): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const { rows } = await sql<HitRow & { id: string | number }>`select ${HIT_COLUMNS},
      ${idColumn} as id, 0 as score
    from search_documents d
    join incidents i on i.id = d.incident_id
    left join reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
    where ${idColumn} in (${sql.join(page.map((match) => match.id))})
      ${recheck ? sql`and ${searchFilterSql(recheck)}` : sql``}`.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap((match) => {
    const row = byId.get(match.id);
    return row ? [hitFromRow({ ...row, score: match.score })] : [];
  });
}
