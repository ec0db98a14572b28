import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import {
  countIncidents,
  findIncidentByKey,
  type IncidentFilter,
  insertIncident,
  listAllIncidents,
  listIncidents,
  updateIncidentIfVersion,
} from './incidents.js';
import { insertWorkspace } from './workspaces.js';

let database: TestDatabase;
let workspace: Workspace;
let other: Workspace;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  other = buildWorkspace();
  await insertWorkspace(database.db, workspace);
  await insertWorkspace(database.db, other);
  const rows = [
    { title: 'Checkout 502s', severity: 'SEV1', services: ['checkout', 'edge'], tags: ['dns'] },
    { title: 'Slow search', severity: 'SEV3', services: ['search'], tags: ['latency'] },
    { title: 'Checkout retries', severity: 'SEV2', services: ['checkout'], tags: ['latency'] },
    { title: 'Secret rotation', severity: 'SEV2', services: ['vault'], private: true },
    { title: '100% CPU_spike', severity: 'SEV4', services: [], status: 'resolved' },
  ] as const;
  for (const [i, row] of rows.entries()) {
    await insertIncident(database.db, buildIncident(workspace.id, i + 1, row as never), i + 1);
  }
  await insertIncident(database.db, buildIncident(other.id, 1, { title: 'Checkout elsewhere' }), 1);
});
afterAll(() => database.dispose());

async function titles(filter: Partial<IncidentFilter>, limit = 50, before: number | null = null) {
  const page = await listIncidents(
    database.db,
    workspace.id,
    { includePrivate: true, ...filter },
    { before, limit },
  );
  return page.incidents.map((i) => i.title);
}

describe('insertIncident and findIncidentByKey', () => {
  it('reads back exactly what was written, labels in their order', async () => {
    const incident = buildIncident(workspace.id, 100, {
      services: ['zeta', 'alpha'],
      tags: ['b', 'a'],
      roles: [{ role: 'commander', person: 'Ines' }],
      participants: [{ name: 'Tom', team: 'support' }],
      private: true,
      timeZone: 'Europe/Paris',
      milestones: {
        impactStarted: '2026-03-12T09:00:00.000Z' as Instant,
        detected: '2026-03-12T09:05:00.000Z' as Instant,
        acknowledged: null,
        mitigated: null,
        resolved: null,
        customersNotified: null,
      },
    });
    await insertIncident(database.db, incident, 100);
    expect(await findIncidentByKey(database.db, workspace.id, incident.key)).toEqual(incident);
  });

  it('finds nothing for a key of another workspace or an unknown key', async () => {
    expect(await findIncidentByKey(database.db, other.id, 'INC-2' as never)).toBeNull();
    expect(await findIncidentByKey(database.db, workspace.id, 'INC-999' as never)).toBeNull();
  });
});

describe('updateIncidentIfVersion', () => {
  it('writes when the version matches and returns false on a stale one', async () => {
    const incident = buildIncident(workspace.id, 200, { services: ['a'], tags: ['x'] });
    await insertIncident(database.db, incident, 200);
    const next = { ...incident, title: 'Renamed', services: ['b', 'a'], tags: [], version: 2 };
    expect(await updateIncidentIfVersion(database.db, next, 1)).toBe(true);
    const stale = { ...incident, title: 'Lost update', version: 2 };
    expect(await updateIncidentIfVersion(database.db, stale, 1)).toBe(false);
    expect(await findIncidentByKey(database.db, workspace.id, incident.key)).toEqual(next);
  });

  it('returns false for an incident of another workspace', async () => {
    const incident = (await findIncidentByKey(database.db, workspace.id, 'INC-1' as never))!;
    const moved = { ...incident, workspaceId: other.id, version: 2 };
    expect(await updateIncidentIfVersion(database.db, moved, 1)).toBe(false);
  });
});

describe('listIncidents', () => {
  it('lists newest first and pages below a number', async () => {
    expect(await titles({}, 2, 6)).toEqual(['100% CPU_spike', 'Secret rotation']);
    const page = await listIncidents(
      database.db,
      workspace.id,
      { includePrivate: true },
      { before: 6, limit: 2 },
    );
    expect(page.nextBefore).toBe(4);
    expect(await titles({}, 2, 4)).toEqual(['Checkout retries', 'Slow search']);
    const last = await listIncidents(
      database.db,
      workspace.id,
      { includePrivate: true },
      { before: 2, limit: 2 },
    );
    expect(last.incidents.map((i) => i.title)).toEqual(['Checkout 502s']);
    expect(last.nextBefore).toBeNull();
  });

  it.each<[Partial<IncidentFilter>, string[]]>([
    [{ severity: ['SEV2'] }, ['Secret rotation', 'Checkout retries']],
    [{ severity: ['SEV1', 'SEV4'] }, ['100% CPU_spike', 'Checkout 502s']],
    [{ status: ['resolved'] }, ['100% CPU_spike']],
    [{ service: 'checkout' }, ['Checkout retries', 'Checkout 502s']],
    [{ service: 'edge' }, ['Checkout 502s']],
    [{ tag: 'latency' }, ['Checkout retries', 'Slow search']],
    [{ service: 'checkout', tag: 'latency' }, ['Checkout retries']],
    [{ text: 'CHECKOUT' }, ['Checkout retries', 'Checkout 502s']],
    [{ text: '100%' }, ['100% CPU_spike']],
    [{ text: '%' }, ['100% CPU_spike']],
    [{ text: 'U_s' }, ['100% CPU_spike']],
    [{ text: 'p_s' }, []],
    [{ includePrivate: false, severity: ['SEV2'] }, ['Checkout retries']],
  ])('filters by %j', async (filter, expected) => {
    expect(await titles({ ...filter }, 50, 100)).toEqual(expected);
  });

  it('never lists incidents of another workspace', async () => {
    const all = await listAllIncidents(database.db, other.id);
    expect(all.map((i) => i.title)).toEqual(['Checkout elsewhere']);
    expect(await countIncidents(database.db, other.id)).toBe(1);
  });
});
