/**
 * @module A fresh, migrated database for one test file: SQLite in a temp dir by default, or a
 * throw-away schema on the PostgreSQL named by TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';
/** `migrate: false` leaves the database empty, for tests of the migrations themselves. */
export async function createTestDatabase(options = {}) {
    const url = process.env.TEST_DATABASE_URL;
    const migrate = options.migrate ?? true;
    return url ? createPostgresTestDatabase(url, migrate) : createSqliteTestDatabase(migrate);
}
async function createSqliteTestDatabase(migrate) {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-test-'));
    const database = openDatabase({ kind: 'sqlite', file: join(dir, 'test.db') });
    if (migrate)
        await migrateToLatest(database);
    return {
        ...database,
        dispose: async () => {
            await database.close();
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
async function createPostgresTestDatabase(url, migrate) {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    await runAdmin(url, `create schema ${schema}`);
    const database = openDatabase({ kind: 'postgres', url, schema, poolSize: 4 });
    if (migrate)
        await migrateToLatest(database);
    return {
        ...database,
        dispose: async () => {
            await database.close();
            await runAdmin(url, `drop schema ${schema} cascade`);
        },
    };
}
async function runAdmin(url, statement) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
        await client.query(statement);
    }
    finally {
        await client.end();
    }
}
//# sourceMappingURL=test-database.js.map