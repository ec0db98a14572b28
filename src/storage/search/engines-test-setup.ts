/**
 * @module Test support: a migrated SQLite database, and with TEST_DATABASE_URL set a PostgreSQL one
 * as well, for tests that compare the two engines side by side.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../../test/support/test-database.js';
import { type Database, openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';

export interface EngineDatabases {
  /** SQLite first, then PostgreSQL when configured. */
  databases: Database[];
  dispose(): Promise<void>;
}

export async function openEngineDatabases(): Promise<EngineDatabases> {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-search-'));
  const sqlite = openDatabase({ kind: 'sqlite', file: join(dir, 'search.db') });
  await migrateToLatest(sqlite);
  const postgres = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
  return {
    databases: postgres ? [sqlite, postgres] : [sqlite],
    dispose: async () => {
      await sqlite.close();
      rmSync(dir, { recursive: true, force: true });
      await postgres?.dispose();
    },
  };
}
