import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/test-database.js';
import { isDatabaseReachable } from './database.js';

describe('the test database', () => {
  // CI runs this suite twice; this keeps the PostgreSQL run from silently using SQLite.
  it('is PostgreSQL when TEST_DATABASE_URL is set and SQLite otherwise', async () => {
    const database = await createTestDatabase();
    try {
      expect(database.dialect).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite');
    } finally {
      await database.dispose();
    }
  });
});

describe('isDatabaseReachable', () => {
  it('is true on an open database and false once it is closed', async () => {
    const database = await createTestDatabase();
    expect(await isDatabaseReachable(database)).toBe(true);
    await database.dispose();
    expect(await isDatabaseReachable(database)).toBe(false);
  });
});
