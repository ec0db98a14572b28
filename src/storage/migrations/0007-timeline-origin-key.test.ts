import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { migrateToLatest } from '../migrate.js';
import { migrationProvider } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider,
    migrationTableSchema: await currentSchema(),
  });
  const { error } = await migrator.migrateTo('0006-timeline-revision');
  if (error) throw error;
  await seedBeforeMigration();
  await migrateToLatest(database);
});
afterAll(() => database.dispose());

async function currentSchema(): Promise<string | undefined> {
  if (database.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(database.db);
  return rows[0]?.s;
}

const AT = '2026-03-12T09:15:00.000Z';

/** Two incidents; INC-1 has an imported event with a source id and one typed in by hand. */
async function seedBeforeMigration(): Promise<void> {
  await insertRow('workspaces', { id: 'w1', slug: 'default', next_incident_number: 3 });
  await insertRow('incidents', { id: 'i1', workspace_id: 'w1', key: 'INC-1', number: 1 });
  await insertRow('incidents', { id: 'i2', workspace_id: 'w1', key: 'INC-2', number: 2 });
  for (const [id, incident] of [
    ['e1', 'i1'],
    ['e2', 'i1'],
    ['e3', 'i2'],
  ] as const) {
    await insertRow('timeline_events', { id, workspace_id: 'w1', incident_id: incident });
  }
  await insertRow('timeline_event_origins', {
    workspace_id: 'w1',
    incident_id: 'i1',
    origin_key: 'row-1',
    timeline_event_id: 'e1',
  });
  await insertRow('timeline_event_origins', {
    workspace_id: 'w1',
    incident_id: 'i2',
    origin_key: 'slack:C42:1710234900.000100',
    timeline_event_id: 'e3',
  });
}

/** A row of a table as it was at migration 0006: `values`, and a blank for each required column. */
async function insertRow(table: string, values: Record<string, unknown>): Promise<void> {
  const columns = (await database.db.introspection.getTables()).find(
    (found) => found.name === table,
  )!.columns;
  const row = { ...values };
  for (const column of columns) {
    if (column.name in row || column.isNullable || column.hasDefaultValue) continue;
    row[column.name] = /int/i.test(column.dataType) ? 0 : AT;
  }
  await (database.db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table)
    .values(row)
    .execute();
}

describe('migration 0007-timeline-origin-key', () => {
  it('moves each source id onto its event and leaves other events without one', async () => {
    const { rows } = await sql<{ id: string; origin_key: string | null }>`
      select id, origin_key from timeline_events order by id`.execute(database.db);
    expect(rows).toEqual([
      { id: 'e1', origin_key: 'row-1' },
      { id: 'e2', origin_key: null },
      { id: 'e3', origin_key: 'slack:C42:1710234900.000100' },
    ]);
  });

  it('drops the table the source ids used to live in', async () => {
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toContain('timeline_events');
    expect(tables).not.toContain('timeline_event_origins');
  });

  it('refuses a second event with the same source id on the same incident only', async () => {
    const insert = (id: string, incident: string, key: string | null) =>
      sql`insert into timeline_events (id, workspace_id, incident_id, at, source_zone, kind,
        source, actor, text, highlight, links, change, version, created_at, created_by, origin_key)
        values (${id}, 'w1', ${incident}, ${AT}, 'UTC', 'note', 'import', null, 'again', 0, '[]',
        null, 1, ${AT}, 'Robin', ${key})`.execute(database.db);
    await expect(insert('e4', 'i1', 'row-1')).rejects.toThrow();
    await insert('e5', 'i2', 'row-1');
    await insert('e6', 'i1', null);
    await insert('e7', 'i1', null);
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from timeline_events where origin_key = 'row-1'`.execute(database.db);
    expect(Number(rows[0]?.n)).toBe(2);
  });
});
