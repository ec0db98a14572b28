import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import { appendAuditEntries, listAuditEntries } from './audit-log.js';
import { insertWorkspace } from './workspaces.js';

let database: TestDatabase;
let workspace: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
});
afterAll(() => database.dispose());

const at = (text: string) => text as Instant;

describe('the audit log', () => {
  it('stores values as JSON and lists entries oldest first, filtered by entity', async () => {
    await appendAuditEntries(database.db, [
      {
        workspaceId: workspace.id,
        entity: 'incident',
        entityId: 'i-1',
        action: 'update',
        field: 'services',
        oldValue: ['a'],
        newValue: ['a', 'b'],
        actor: 'owner',
        at: at('2026-03-12T10:00:00.000Z'),
      },
      {
        workspaceId: workspace.id,
        entity: 'incident',
        entityId: 'i-1',
        action: 'create',
        field: null,
        oldValue: null,
        newValue: { key: 'INC-1', private: false },
        actor: 'owner',
        at: at('2026-03-12T09:00:00.000Z'),
      },
      {
        workspaceId: workspace.id,
        entity: 'service',
        entityId: 's-1',
        action: 'delete',
        field: null,
        oldValue: { name: 'ledger', sloTarget: 0.999 },
        newValue: undefined,
        actor: 'token',
        at: at('2026-03-12T11:00:00.000Z'),
      },
    ]);
    const incident = await listAuditEntries(database.db, workspace.id, { entityId: 'i-1' });
    expect(incident.map((e) => [e.action, e.field, e.oldValue, e.newValue, e.at])).toEqual([
      ['create', null, null, { key: 'INC-1', private: false }, '2026-03-12T09:00:00.000Z'],
      ['update', 'services', ['a'], ['a', 'b'], '2026-03-12T10:00:00.000Z'],
    ]);
    const service = await listAuditEntries(database.db, workspace.id, { entity: 'service' });
    expect(service).toEqual([
      {
        id: expect.any(String),
        workspaceId: workspace.id,
        entity: 'service',
        entityId: 's-1',
        action: 'delete',
        field: null,
        oldValue: { name: 'ledger', sloTarget: 0.999 },
        newValue: null,
        actor: 'token',
        at: '2026-03-12T11:00:00.000Z',
      },
    ]);
  });

  it('accepts an empty batch and keeps workspaces apart', async () => {
    await appendAuditEntries(database.db, []);
    expect(await listAuditEntries(database.db, buildWorkspace().id)).toEqual([]);
  });
});
