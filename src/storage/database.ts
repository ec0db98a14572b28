/** @module Opens the database: embedded SQLite by default, PostgreSQL when a URL is given. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where the data lives, for logs: a file path or the URL without its password. */
  location: string;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/** Opens a database. It does not migrate: call `migrateToLatest` for that. */
export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === 'sqlite' ? openSqlite(target.file) : openPostgres(target);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const connection = new SQLite(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  // Another process (a CLI import while the server runs) waits for the write lock instead of failing.
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  // 64 MiB of page cache (the default is 2 MiB): index pages of a large timeline stay in memory.
  connection.pragma('cache_size = -65536');
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

function openPostgres(target: { url: string; schema?: string; poolSize?: number }): Database {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(target.url), close: () => db.destroy() };
}

/** True when a trivial query succeeds: what `/readyz` reports. */
export async function isDatabaseReachable(database: Database): Promise<boolean> {
  try {
    await sql`select 1`.execute(database.db);
    return true;
  } catch {
    return false;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
