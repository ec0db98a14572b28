import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { migrateToLatest } from './migrate.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('migrateToLatest', () => {
  it('applies every migration, in order, to an empty database', async () => {
    const empty = await createTestDatabase({ migrate: false });
    try {
      const { applied } = await migrateToLatest(empty);
      expect(applied[0]).toBe('0001-initial');
      expect(applied).toEqual([...applied].sort());
      expect(await migrateToLatest(empty)).toEqual({ applied: [] });
    } finally {
      await empty.dispose();
    }
  });

  it('applies nothing on a database that is already at the latest migration', async () => {
    // createTestDatabase has migrated once already.
    expect(await migrateToLatest(database)).toEqual({ applied: [] });
    expect(await migrateToLatest(database)).toEqual({ applied: [] });
  });

  it('applies nothing when several processes migrate at once', async () => {
    const reports = await Promise.all([migrateToLatest(database), migrateToLatest(database)]);
    expect(reports).toEqual([{ applied: [] }, { applied: [] }]);
  });

  it('has created the tables the repositories use', async () => {
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'workspaces',
        'incidents',
        'incident_services',
        'incident_tags',
        'timeline_events',
        'services',
        'audit_log',
      ]),
    );
  });
});
