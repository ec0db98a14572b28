import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import { insertImportedTimelineEvents } from './imported-timeline-events.js';
import { insertIncident } from './incidents.js';
import { listTimelineEvents, listWorkspaceOriginKeys } from './timeline-events.js';
import { insertWorkspace } from './workspaces.js';

let database: TestDatabase;
let workspace: Workspace;
let number = 0;
beforeAll(async () => {
  database = await createTestDatabase();
  workspace = buildWorkspace();
  await insertWorkspace(database.db, workspace);
});
afterAll(() => database.dispose());

async function newIncident(): Promise<Incident> {
  number += 1;
  const incident = buildIncident(workspace.id, number);
  await insertIncident(database.db, incident, number);
  return incident;
}

const at = (text: string) => text as Instant;

describe('insertImportedTimelineEvents', () => {
  const row = (text: string, originKey: string | null) => ({
    at: at('2026-03-12T09:15:00.000Z'),
    sourceZone: 'UTC',
    kind: 'note' as const,
    source: 'import',
    actor: 'dana',
    text,
    originKey,
  });
  const targetOf = (incident: Incident) => ({
    workspaceId: workspace.id,
    incidentId: incident.id,
    createdAt: at('2026-03-12T12:00:00.000Z'),
    createdBy: 'importer',
  });
  const revisionOf = async (incident: Incident) =>
    Number(
      (
        await database.db
          .selectFrom('incidents')
          .select('timeline_revision')
          .where('id', '=', incident.id)
          .executeTakeFirstOrThrow()
      ).timeline_revision,
    );

  it('skips imported rows whose origin key the incident has, even from the same call', async () => {
    const incident = await newIncident();
    const target = targetOf(incident);
    expect(
      await insertImportedTimelineEvents(database.db, target, [
        row('first', 'row-1'),
        row('no key', null),
        row('repeat in the same call', 'row-1'),
        row('also no key', null),
      ]),
    ).toBe(3);
    expect(
      await insertImportedTimelineEvents(database.db, target, [
        row('repeat of an earlier call', 'row-1'),
        row('second', 'row-2'),
      ]),
    ).toBe(1);
    const events = await listTimelineEvents(database.db, workspace.id, incident.id);
    expect(events.map((e) => [e.text, e.actor, e.createdBy, e.version])).toEqual([
      ['first', 'dana', 'importer', 1],
      ['no key', 'dana', 'importer', 1],
      ['also no key', 'dana', 'importer', 1],
      ['second', 'dana', 'importer', 1],
    ]);
  });

  it('stores every field of a row, with the import’s workspace, incident, time and author', async () => {
    const incident = await newIncident();
    const imported = {
      at: at('2026-03-12T08:15:00.000Z'),
      sourceZone: '+01:00',
      kind: 'deploy' as const,
      source: 'ci',
      actor: null,
      text: 'Rolled out build 812',
      originKey: 'deploy-812',
    };
    expect(await insertImportedTimelineEvents(database.db, targetOf(incident), [imported])).toBe(1);
    const [event] = await listTimelineEvents(database.db, workspace.id, incident.id);
    expect(event).toEqual({
      id: expect.any(String),
      workspaceId: workspace.id,
      incidentId: incident.id,
      at: '2026-03-12T08:15:00.000Z',
      sourceZone: '+01:00',
      kind: 'deploy',
      source: 'ci',
      actor: null,
      text: 'Rolled out build 812',
      highlight: false,
      links: [],
      change: null,
      version: 1,
      createdAt: '2026-03-12T12:00:00.000Z',
      createdBy: 'importer',
    });
    const keys = await listWorkspaceOriginKeys(database.db, workspace.id);
    expect(keys.get(event!.id)).toBe('deploy-812');
  });

  it('allows the same origin key on two incidents', async () => {
    const first = await newIncident();
    const second = await newIncident();
    expect(await insertImportedTimelineEvents(database.db, targetOf(first), [row('a', 'k')])).toBe(
      1,
    );
    expect(await insertImportedTimelineEvents(database.db, targetOf(second), [row('b', 'k')])).toBe(
      1,
    );
  });

  it('bumps the timeline revision once per stored batch and not when every row was known', async () => {
    const incident = await newIncident();
    const target = targetOf(incident);
    const before = await revisionOf(incident);
    const many = Array.from({ length: 1500 }, (_, i) => row(`event ${i}`, `row-${i}`));
    expect(await insertImportedTimelineEvents(database.db, target, many)).toBe(1500);
    expect(await revisionOf(incident)).toBe(before + 2);
    expect(await insertImportedTimelineEvents(database.db, target, many)).toBe(0);
    expect(await revisionOf(incident)).toBe(before + 2);
  });
});
