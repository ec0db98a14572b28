/**
 * @module Benchmark: search and related-incident latency (p50/p95) over a generated library of
 * BENCH_INCIDENTS incidents (100,000 by default) and BENCH_EVENTS events (2,000,000), two thirds
 * with published reviews. No result cache exists; every request runs its queries.
 */

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { IncidentKey } from '../src/domain/ids.js';
import { instantFromEpochMs } from '../src/domain/instant.js';
import { migrateToLatest } from '../src/storage/index.js';
import { refreshWorkspaceIndex } from '../src/storage/search/index.js';
import type { UseCaseContext } from '../src/usecases/context.js';
import { findRelatedIncidents } from '../src/usecases/library-related.js';
import { searchLibrary } from '../src/usecases/library-search.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';
import { BENCH_QUERIES, seededRandom, writeBenchLibrary } from './library-corpus.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const incidents = positiveIntFromEnv('BENCH_INCIDENTS', 100_000);
const events = positiveIntFromEnv('BENCH_EVENTS', 2_000_000);
const rounds = positiveIntFromEnv('BENCH_ROUNDS', 20);

const target = await createBenchDatabase(dialect);
const database = target.open();
try {
  await migrateToLatest(database);
  const { workspace } = await ensureDefaultWorkspace(
    database,
    instantFromEpochMs(Date.UTC(2026, 0, 1)),
  );
  const ctx: UseCaseContext = {
    database,
    workspace,
    actor: { name: 'bench', kind: 'owner' },
    clock: () => instantFromEpochMs(Date.UTC(2026, 0, 1)),
  };

  let t0 = performance.now();
  await writeBenchLibrary(database, workspace.id, { incidents, events, reviewShare: 2 / 3 });
  const writeSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const indexed = await database.db
    .transaction()
    .execute((db) => refreshWorkspaceIndex(db, dialect, workspace.id, ctx.clock()));
  const indexSeconds = (performance.now() - t0) / 1000;
  // A live PostgreSQL vacuums and analyzes tables after bulk inserts (autovacuum): statistics for
  // the planner, and GIN's pending list of fresh entries merged into the index. A freshly loaded
  // bench database has neither yet, so do it now rather than measure a state no server stays in.
  if (dialect === 'postgres') await sql`vacuum analyze`.execute(database.db);
  const loadBefore = loadavg()[0] ?? 0;

  const searchMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { q, service, status } of BENCH_QUERIES) {
      const start = performance.now();
      await searchLibrary(ctx, {
        q,
        filters: { service, status: status ?? 'published' },
        offset: 0,
        limit: 20,
      });
      searchMs.push(performance.now() - start);
    }
  }
  const random = seededRandom(7);
  const relatedMs: number[] = [];
  for (let i = 0; i < rounds * BENCH_QUERIES.length; i++) {
    const key = `INC-${1 + Math.floor(random() * incidents)}` as IncidentKey;
    const start = performance.now();
    await findRelatedIncidents(ctx, key, 10);
    relatedMs.push(performance.now() - start);
  }
  const loadAfter = loadavg()[0] ?? 0;

  const figures = {
    dialect,
    incidents,
    events,
    indexed,
    writeSeconds,
    indexSeconds,
    searchP50Ms: percentile(searchMs, 0.5),
    searchP95Ms: percentile(searchMs, 0.95),
    relatedP50Ms: percentile(relatedMs, 0.5),
    relatedP95Ms: percentile(relatedMs, 0.95),
    loadAverage1mBefore: loadBefore,
    loadAverage1mAfter: loadAfter,
  };
  printTable(`library search on ${dialect}`, [
    ['incidents / events', `${formatNumber(incidents)} / ${formatNumber(events)}`],
    ['write library', `${formatNumber(writeSeconds, 1)} s`],
    [
      'build index',
      `${formatNumber(indexSeconds, 1)} s (${formatNumber(indexed / indexSeconds)} docs/s)`,
    ],
    [
      'search p50 / p95',
      `${formatNumber(figures.searchP50Ms, 1)} / ${formatNumber(figures.searchP95Ms, 1)} ms (target p95 ≤ 30)`,
    ],
    [
      'related p50 / p95',
      `${formatNumber(figures.relatedP50Ms, 1)} / ${formatNumber(figures.relatedP95Ms, 1)} ms (target p95 ≤ 50)`,
    ],
    ['samples', `${searchMs.length} searches, ${relatedMs.length} related`],
    [
      'load average 1m (before/after)',
      `${formatNumber(loadBefore, 2)} / ${formatNumber(loadAfter, 2)}`,
    ],
  ]);
  appendResult('library-search', figures);
} finally {
  await database.close();
  await target.dispose();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
