/** @module Every row of every table, in a stable order: to prove a batch of requests changed nothing. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/index.js';

export type StoreSnapshot = Record<string, string[]>;

/**
 * Reads all tables the migrations created (new ones included, so new routes are covered without
 * editing this), each as its rows serialised and sorted.
 */
export async function snapshotStore(database: Database): Promise<StoreSnapshot> {
  const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const tables = (await db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
  const snapshot: StoreSnapshot = {};
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    snapshot[table] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return snapshot;
}
