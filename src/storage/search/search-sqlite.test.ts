import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../domain/library/index.js';
import type { Workspace } from '../../domain/workspace.js';
import { type Database, openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import type { CorpusEntry } from './search-corpus.js';
import { searchFilterSql } from './search-filters.js';
import type { SearchFilters, SearchRequest } from './search-request.js';
import { fts5MatchOf, sqliteSearchEngine } from './search-sqlite.js';
import { seedSearchCorpus } from './seed-search-corpus.js';

// Four wordings repeat, so most matches tie on rank and only the incident number orders them: the
// cut after the first few hundred ranked matches falls inside a tie.
const TITLES = [
  'Widget cache stalled during the sale',
  'Widget queue filled up overnight',
  'Slow pages after a widget deploy',
  'Login errors for mobile users',
];

function entryOf(k: number): CorpusEntry {
  return {
    title: TITLES[k % 4] ?? '',
    severity: k % 6 === 0 ? 'SEV1' : 'SEV3',
    services: k % 5 === 0 ? ['widgets'] : ['checkout'],
    tags: [],
    summary: k % 3 === 0 ? 'The widget service answered slowly.' : 'Requests waited on a lock.',
    factors: [
      k % 4 === 1
        ? ['technical', 'A widget limit was set too low']
        : ['process', 'Nobody was paged'],
    ],
    lessons: ['Alerts reached the right team'],
    actions: ['Add a dashboard for queue age'],
    timeline: ['alert fired', 'rolled back'],
    startedAt: new Date(Date.UTC(2025, 0, 1) + k * 3_600_000).toISOString(),
    published: k % 2 === 0,
    private: k % 7 === 0,
  };
}

let dir: string;
let database: Database;
let workspace: Workspace;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-search-sqlite-'));
  database = openDatabase({ kind: 'sqlite', file: join(dir, 'search.db') });
  await migrateToLatest(database);
  workspace = await seedSearchCorpus(database, {
    corpus: Array.from({ length: 420 }, (_, k) => entryOf(k)),
  });
}, 60_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

function requestOf(
  filters: Partial<SearchFilters>,
  offset: number,
  includePrivate = false,
): SearchRequest {
  const query = parseSearchQuery('widget');
  if (!query) throw new Error('no query');
  return {
    workspaceId: workspace.id,
    query,
    filters: { status: 'all', ...filters },
    includePrivate,
    offset,
    limit: 21,
  };
}

/** Every match joined, filtered and sorted in one statement: slow at scale, plainly right. */
async function rankEveryMatch(request: SearchRequest): Promise<[string, number][]> {
  const { rows } = await sql<{ key: string; score: number }>`select i.key, -f.rank as score
    from search_fts f
    join search_documents d on d.rowid = f.rowid
    join incidents i on i.id = d.incident_id
    left join reviews r on r.workspace_id = d.workspace_id and r.incident_id = d.incident_id
    where search_fts match ${fts5MatchOf(request.query.clauses)} and ${searchFilterSql(request)}
    order by f.rank, i.number desc
    limit ${request.limit} offset ${request.offset}`.execute(database.db);
  return rows.map((row) => [row.key, row.score]);
}

const CASES: { filters: Partial<SearchFilters>; offset: number; includePrivate?: boolean }[] = [
  { filters: {}, offset: 0 },
  { filters: {}, offset: 130 },
  { filters: {}, offset: 300, includePrivate: true },
  { filters: { status: 'published' }, offset: 0 },
  { filters: { status: 'published' }, offset: 60 },
  { filters: { service: 'widgets' }, offset: 0 },
  { filters: { severity: ['SEV1'] }, offset: 20 },
  { filters: {}, offset: 5_000 },
];

describe.each(CASES)(
  'a search with $filters from $offset',
  ({ filters, offset, includePrivate }) => {
    it('answers the page that ranking every match at once gives', async () => {
      const request = requestOf(filters, offset, includePrivate);
      const hits = await sqliteSearchEngine.search(database.db, request);
      expect(hits.map((hit) => [hit.key, hit.score])).toEqual(await rankEveryMatch(request));
    });
  },
);

it('finds more matches than it ranks first, so the cases above cross the cut', async () => {
  const { rows } = await sql<{ n: number }>`select count(*) as n from search_fts
    where search_fts match 'widget'`.execute(database.db);
  expect(Number(rows[0]?.n)).toBeGreaterThan(300);
});
