import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { nullIfEmpty, packColumns, unpackColumns } from './packed-columns.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.schema
    .createTable('packed_probe')
    .addColumn('id', 'text')
    .addColumn('number', 'integer')
    .addColumn('at', 'text')
    .addColumn('note', 'text')
    .execute();
});
afterAll(() => database.dispose());

describe('packColumns and unpackColumns', () => {
  it('read back ids, numbers, NULLs and free text with separators in the last column', async () => {
    const db = database.db as unknown as Kysely<{
      packed_probe: { id: string; number: number; at: string | null; note: string };
    }>;
    await db
      .insertInto('packed_probe')
      .values([
        { id: 'a1', number: 42, at: '2026-03-02T10:00:00.000Z', note: 'plain' },
        { id: 'b2', number: 7, at: null, note: 'pipes | inside || here|' },
      ])
      .execute();
    const rows = await db
      .selectFrom('packed_probe')
      .select(packColumns(['id', 'number', 'at', 'note']).as('packed'))
      .orderBy('id')
      .execute();
    expect(rows.map((row) => unpackColumns(row.packed, 4))).toEqual([
      ['a1', '42', '2026-03-02T10:00:00.000Z', 'plain'],
      ['b2', '7', '', 'pipes | inside || here|'],
    ]);
  });

  it('reports a packed value with fewer columns than expected', () => {
    expect(() => unpackColumns('a|b', 4)).toThrow('packed row has 2 columns, expected 4');
  });

  it('reads the empty string as null and anything else as itself', () => {
    expect([nullIfEmpty(''), nullIfEmpty('2026-03-02')]).toEqual([null, '2026-03-02']);
  });
});
