/**
 * @module A fresh, empty database for one benchmark: an SQLite file in a temp dir, or a new
 * PostgreSQL database created beside the one BENCH_DATABASE_URL names, dropped afterwards —
 * unless BENCH_KEEP=1, which leaves it in place (and says where) to profile or inspect.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/storage/index.js';

export type BenchDialect = 'sqlite' | 'postgres';

export interface BenchDatabase {
  dialect: BenchDialect;
  /** Opens a connection to the database (several may be open at once on PostgreSQL). */
  open(): Database;
  /** What `hindsight serve` needs in its environment to use this database. */
  serverEnv: Record<string, string>;
  /** Bytes on disk: the SQLite file (with its WAL), or pg_database_size. */
  sizeBytes(): Promise<number>;
  /** Removes every trace of the database; close every connection first. */
  dispose(): Promise<void>;
}

export async function createBenchDatabase(dialect: BenchDialect): Promise<BenchDatabase> {
  const target =
    dialect === 'sqlite' ? createSqliteBenchDatabase() : await createPostgresBenchDatabase();
  return process.env.BENCH_KEEP === '1' ? kept(target) : target;
}

function kept(target: BenchDatabase): BenchDatabase {
  const where = target.serverEnv.HINDSIGHT_DATA_DIR ?? target.serverEnv.DATABASE_URL;
  return {
    ...target,
    dispose: async () => console.log(`BENCH_KEEP=1: the database is kept at ${where}`),
  };
}

function createSqliteBenchDatabase(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-'));
  // The file name `hindsight serve` looks for in HINDSIGHT_DATA_DIR.
  const file = join(dir, 'hindsight.db');
  return {
    dialect: 'sqlite',
    open: () => openDatabase({ kind: 'sqlite', file }),
    serverEnv: { HINDSIGHT_DATA_DIR: dir },
    sizeBytes: async () => fileSize(file) + fileSize(`${file}-wal`),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set: cannot bench PostgreSQL');
  const name = `hindsight_bench_${randomBytes(5).toString('hex')}`;
  await runAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    dialect: 'postgres',
    open: () => openDatabase({ kind: 'postgres', url: databaseUrl }),
    serverEnv: { DATABASE_URL: databaseUrl },
    sizeBytes: async () => {
      const rows = await runAdmin(adminUrl, `select pg_database_size('${name}') as size`);
      return Number(rows[0]?.size ?? 0);
    },
    dispose: async () => {
      await runAdmin(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function runAdmin(url: string, statement: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}
