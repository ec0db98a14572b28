/** @module Applies pending migrations; safe to run on every start and from several processes. */
import { Migrator, sql } from 'kysely';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the latest migration and lists what was applied. */
export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider,
    migrationTableSchema: await currentSchema(database),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}

/**
 * The PostgreSQL schema our tables live in. Kysely looks for its migration tables in every schema
 * unless told which one, so a second installation (or test) in the same database would find the
 * first one's tables and skip creating its own.
 */
async function currentSchema(database: Database): Promise<string | undefined> {
  if (database.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    database.db,
  );
  return rows[0]?.schema;
}
