import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Workspace } from '../domain/workspace.js';
import { insertIncident, listAllIncidents } from './incidents.js';
import {
  findWorkspaceById,
  findWorkspaceBySlug,
  insertWorkspace,
  readNextIncidentNumber,
  takeIncidentNumber,
} from './workspaces.js';

let database: TestDatabase;
let workspace: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace({ incidentPrefix: 'OPS', timeZone: 'Europe/Paris' });
  await insertWorkspace(database.db, workspace);
});
afterAll(() => database.dispose());

describe('workspaces', () => {
  it('are found by slug and by id', async () => {
    expect(await findWorkspaceBySlug(database.db, workspace.slug)).toEqual(workspace);
    expect(await findWorkspaceById(database.db, workspace.id)).toEqual(workspace);
    expect(await findWorkspaceBySlug(database.db, 'no-such-slug')).toBeNull();
  });
});

describe('takeIncidentNumber', () => {
  it('hands out consecutive numbers starting where the workspace says', async () => {
    const fresh = buildWorkspace();
    await insertWorkspace(database.db, fresh, 41);
    expect(await takeIncidentNumber(database.db, fresh.id)).toBe(41);
    expect(await takeIncidentNumber(database.db, fresh.id)).toBe(42);
    expect(await readNextIncidentNumber(database.db, fresh.id)).toBe(43);
  });

  it('gives 20 transactions taking a number at once 20 distinct numbers', async () => {
    // The use case does exactly this; the API test declares 20 incidents in parallel on top.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db.transaction().execute(async (db) => {
          const number = await takeIncidentNumber(db, workspace.id);
          const key = `OPS-${number}` as IncidentKey;
          await insertIncident(db, buildIncident(workspace.id, number, { key }), number);
        }),
      ),
    );
    const stored = await listAllIncidents(database.db, workspace.id);
    expect(stored.map((i) => i.key)).toEqual(Array.from({ length: 20 }, (_, i) => `OPS-${i + 1}`));
    expect(await readNextIncidentNumber(database.db, workspace.id)).toBe(21);
  });
});
