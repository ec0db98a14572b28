import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../domain/library/index.js';
import type { Workspace } from '../../domain/workspace.js';
import type { Database } from '../database.js';
import { type EngineDatabases, openEngineDatabases } from './engines-test-setup.js';
import { searchEngineFor } from './search-engine.js';
import type { SearchFilters, SearchHit } from './search-request.js';
import { seedSearchCorpus } from './seed-search-corpus.js';

interface Engine {
  database: Database;
  workspace: Workspace;
}

let opened: EngineDatabases;
let engines: Engine[];

beforeAll(async () => {
  opened = await openEngineDatabases();
  // With TEST_DATABASE_URL set, the same corpus goes into PostgreSQL as well and answers are compared.
  engines = [];
  for (const database of opened.databases) {
    engines.push({ database, workspace: await seedSearchCorpus(database) });
  }
});
afterAll(() => opened.dispose());

async function search(
  engine: Engine,
  q: string,
  filters: Partial<SearchFilters> = {},
  includePrivate = false,
): Promise<SearchHit[]> {
  const query = parseSearchQuery(q);
  if (!query) throw new Error(`no query in ${q}`);
  return searchEngineFor(engine.database.dialect).search(engine.database.db, {
    workspaceId: engine.workspace.id,
    query,
    filters: { status: 'all', ...filters },
    includePrivate,
    offset: 0,
    limit: 50,
  });
}

const keysOf = (hits: SearchHit[]) =>
  hits.map((h) => h.key).sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));

// Expected sets were worked out by reading the corpus (search-corpus.ts), not by running a query.
const CASES: { q: string; filters?: Partial<SearchFilters>; keys: string[] }[] = [
  { q: 'certificate', keys: ['INC-1', 'INC-2', 'INC-19'] },
  { q: 'certificates', keys: ['INC-1', 'INC-2', 'INC-19'] },
  { q: 'certif*', keys: ['INC-1', 'INC-2', 'INC-19'] },
  { q: 'renewal', keys: ['INC-1', 'INC-2'] },
  { q: 'renewed', keys: ['INC-1', 'INC-2'] },
  { q: '"certificate expired"', keys: ['INC-1'] },
  { q: '"expired certificate"', keys: [] },
  { q: 'database failover', keys: ['INC-3'] },
  { q: 'queue depth', keys: ['INC-7', 'INC-22'] },
  { q: 'backoff jitter', keys: ['INC-18'] },
  { q: 'rollback', keys: ['INC-1', 'INC-8'] },
  { q: 'CHECKOUT', filters: { severity: ['SEV1'] }, keys: ['INC-1'] },
  { q: 'checkout', filters: { service: 'orders-db' }, keys: ['INC-3'] },
  { q: 'queue', filters: { category: 'process' }, keys: ['INC-22'] },
  { q: 'certificate', filters: { tag: 'auth' }, keys: [] },
  { q: 'key', filters: { tag: 'auth' }, keys: ['INC-6'] },
  { q: 'certificate', filters: { status: 'published' }, keys: ['INC-1', 'INC-2'] },
  {
    q: 'database',
    filters: { from: '2025-04-01T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z' },
    keys: ['INC-4', 'INC-14'],
  },
  { q: 'résumé naïve', keys: [] },
  { q: 'payroll', keys: [] },
];

describe.each(CASES)('search "$q" with $filters', ({ q, filters, keys }) => {
  it('finds exactly the expected incidents on every engine', async () => {
    for (const engine of engines) {
      expect({
        dialect: engine.database.dialect,
        keys: keysOf(await search(engine, q, filters)),
      }).toEqual({
        dialect: engine.database.dialect,
        keys,
      });
    }
  });
});

describe('ranking', () => {
  it('puts a title match above matches in the body alone on every engine', async () => {
    for (const engine of engines) {
      // INC-2 says "renewal" in its title; INC-1 only in its factors and action items.
      const hits = await search(engine, 'renewal');
      expect(hits.map((h) => h.key)).toEqual(['INC-2', 'INC-1']);
    }
  });

  it('orders results the same on both engines wherever SQLite scores differ by half or more', async () => {
    if (engines.length < 2) return;
    for (const q of [
      'certificate',
      'queue',
      'checkout',
      'database',
      'payments',
      'process',
      'checkout database',
      'queue consumer',
      'certif* renewal',
    ]) {
      const [sqlite, postgres] = await Promise.all(engines.map((e) => search(e, q)));
      const pgRank = new Map(postgres!.map((h, i) => [h.key, i]));
      for (const a of sqlite!) {
        for (const b of sqlite!) {
          if (a.score >= 1.5 * b.score) {
            expect({
              q,
              a: a.key,
              b: b.key,
              before: pgRank.get(a.key)! < pgRank.get(b.key)!,
            }).toEqual({
              q,
              a: a.key,
              b: b.key,
              before: true,
            });
          }
        }
      }
    }
  });
});

describe('privacy', () => {
  it('finds a private incident only when the reader may see private incidents', async () => {
    for (const engine of engines) {
      expect(keysOf(await search(engine, 'payroll'))).toEqual([]);
      expect(keysOf(await search(engine, 'payroll', {}, true))).toEqual(['INC-21']);
    }
  });
});
