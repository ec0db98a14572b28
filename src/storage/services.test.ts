import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Workspace } from '../domain/workspace.js';
import {
  deleteService,
  findServiceByName,
  insertService,
  listServices,
  updateServiceIfVersion,
} from './services.js';
import { insertWorkspace } from './workspaces.js';

let database: TestDatabase;
let workspace: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
});
afterAll(() => database.dispose());

describe('the service catalog', () => {
  it('round-trips every field, numbers included', async () => {
    const service = buildService(workspace.id, {
      name: 'payments',
      owningTeam: 'Money',
      sloTarget: 0.9995,
      sloWindowDays: 28,
      revenuePerHour: 1234.5,
      tags: ['tier-1'],
    });
    await insertService(database.db, service);
    expect(await findServiceByName(database.db, workspace.id, 'payments')).toEqual(service);
  });

  it('lists by name and refuses a duplicate name in the same workspace', async () => {
    await insertService(database.db, buildService(workspace.id, { name: 'b-api' }));
    await insertService(database.db, buildService(workspace.id, { name: 'a-api' }));
    const names = (await listServices(database.db, workspace.id)).map((s) => s.name);
    expect(names).toEqual(['a-api', 'b-api', 'payments']);
    await expect(
      insertService(database.db, buildService(workspace.id, { name: 'a-api' })),
    ).rejects.toThrow();
  });

  it('updates on the expected version only, then deletes', async () => {
    const service = buildService(workspace.id, { name: 'queue' });
    await insertService(database.db, service);
    const next = { ...service, owningTeam: 'Platform', version: 2 };
    expect(await updateServiceIfVersion(database.db, next, 1)).toBe(true);
    expect(await updateServiceIfVersion(database.db, { ...service, version: 2 }, 1)).toBe(false);
    expect(await findServiceByName(database.db, workspace.id, 'queue')).toEqual(next);
    await deleteService(database.db, workspace.id, service.id);
    expect(await findServiceByName(database.db, workspace.id, 'queue')).toBeNull();
  });
});
