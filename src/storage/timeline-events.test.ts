import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIncident, buildTimelineEvent, buildWorkspace } from '../../test/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import { insertIncident } from './incidents.js';
import {
  deleteTimelineEvent,
  findTimelineEvent,
  insertTimelineEvents,
  listTimelineEvents,
  listWorkspaceOriginKeys,
  updateTimelineEventIfVersion,
} from './timeline-events.js';
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

describe('listTimelineEvents', () => {
  it('orders by instant, then by creation when instants are equal', async () => {
    const incident = await newIncident();
    const event = (text: string, when: string, created: string) =>
      buildTimelineEvent(incident, { text, at: at(when), createdAt: at(created) });
    await insertTimelineEvents(database.db, [
      event('late', '2026-03-12T10:00:00.000Z', '2026-03-12T12:00:00.000Z'),
      event('tie recorded second', '2026-03-12T09:00:00.000Z', '2026-03-12T12:00:02.000Z'),
      event('tie recorded first', '2026-03-12T09:00:00.000Z', '2026-03-12T12:00:01.000Z'),
      event('earliest', '2026-03-11T23:59:59.999Z', '2026-03-12T12:00:03.000Z'),
    ]);
    const events = await listTimelineEvents(database.db, workspace.id, incident.id);
    expect(events.map((e) => e.text)).toEqual([
      'earliest',
      'tie recorded first',
      'tie recorded second',
      'late',
    ]);
  });

  it('keeps each incident’s events to itself', async () => {
    const first = await newIncident();
    const second = await newIncident();
    await insertTimelineEvents(database.db, [
      buildTimelineEvent(first, { text: 'first' }),
      buildTimelineEvent(second, { text: 'second' }),
    ]);
    const events = await listTimelineEvents(database.db, workspace.id, second.id);
    expect(events.map((e) => e.text)).toEqual(['second']);
  });

  it('inserts more events than one statement can bind, in one call', async () => {
    const incident = await newIncident();
    const many = Array.from({ length: 2500 }, (_, i) =>
      buildTimelineEvent(incident, {
        at: at(new Date(Date.UTC(2026, 2, 12, 9, 0, i)).toISOString()),
        text: `event ${i}`,
      }),
    );
    await insertTimelineEvents(database.db, many);
    const events = await listTimelineEvents(database.db, workspace.id, incident.id);
    expect(events).toHaveLength(2500);
    expect(events[2499]?.text).toBe('event 2499');
  });
});

describe('findTimelineEvent, updateTimelineEventIfVersion and deleteTimelineEvent', () => {
  it('round-trips every field, field changes included', async () => {
    const incident = await newIncident();
    const event = buildTimelineEvent(incident, {
      kind: 'field_change',
      source: 'hindsight',
      actor: 'owner',
      sourceZone: '+02:00',
      highlight: true,
      links: [{ url: 'https://status.example.com/incidents/12', title: 'Status page' }],
      change: { field: 'severity', from: 'SEV2', to: 'SEV1' },
    });
    await insertTimelineEvents(database.db, [event]);
    expect(await findTimelineEvent(database.db, workspace.id, event.id)).toEqual(event);
  });

  it('updates on the expected version only', async () => {
    const incident = await newIncident();
    const event = buildTimelineEvent(incident);
    await insertTimelineEvents(database.db, [event]);
    const edited = { ...event, text: 'edited', version: 2 };
    expect(await updateTimelineEventIfVersion(database.db, edited, 1)).toBe(true);
    expect(await updateTimelineEventIfVersion(database.db, { ...event, version: 2 }, 1)).toBe(
      false,
    );
    expect(await findTimelineEvent(database.db, workspace.id, event.id)).toEqual(edited);
  });

  it('deletes one event and leaves the rest', async () => {
    const incident = await newIncident();
    const keep = buildTimelineEvent(incident, { text: 'keep' });
    const drop = buildTimelineEvent(incident, { text: 'drop' });
    await insertTimelineEvents(database.db, [keep, drop]);
    await deleteTimelineEvent(database.db, workspace.id, drop.id);
    expect(await findTimelineEvent(database.db, workspace.id, drop.id)).toBeNull();
    const events = await listTimelineEvents(database.db, workspace.id, incident.id);
    expect(events.map((e) => e.text)).toEqual(['keep']);
  });
});

describe('origin keys', () => {
  it('stores the origin keys given with whole events and lists them per workspace', async () => {
    const incident = await newIncident();
    const keyed = buildTimelineEvent(incident, { text: 'keyed' });
    const plain = buildTimelineEvent(incident, { text: 'plain' });
    const again = buildTimelineEvent(incident, { text: 'same key again' });
    expect(
      await insertTimelineEvents(
        database.db,
        [keyed, plain, again],
        ['slack:C1:1.2', null, 'slack:C1:1.2'],
      ),
    ).toBe(2);
    const keys = await listWorkspaceOriginKeys(database.db, workspace.id);
    expect(keys.get(keyed.id)).toBe('slack:C1:1.2');
    expect(keys.has(plain.id)).toBe(false);
    expect(keys.has(again.id)).toBe(false);
  });
});
