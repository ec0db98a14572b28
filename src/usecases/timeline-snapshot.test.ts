import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import {
  findIncidentByKey,
  findIncidentStamp,
  insertNewSignals,
  newId,
  type Signal,
} from '../storage/index.js';
import { createIncident, updateIncident } from './incidents.js';
import { decideSignalSuggestion } from './signals.js';
import { addTimelineEvent, editTimelineEvent } from './timeline.js';
import { loadTimelineSnapshot } from './timeline-snapshot.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

const at = (text: string) => text as Instant;

/** A cleared Alertmanager alert for the checkout service, stored as a signal. */
async function storeClearedAlert(at: Instant): Promise<Signal> {
  const signal: Signal = {
    id: newId(),
    workspaceId: t.ctx.workspace.id as WorkspaceId,
    integrationId: null,
    receivedAt: at,
    source: 'alertmanager',
    dedupeKey: `cleared-${at}`,
    kind: 'alert_resolved',
    at,
    sourceZone: 'UTC',
    title: 'CheckoutSlow',
    text: 'p99 back under 400 ms',
    service: 'checkout',
    incidentKeys: [],
    actor: null,
    url: null,
    labels: {},
  };
  expect(await insertNewSignals(t.database.db, [signal])).toHaveLength(1);
  return signal;
}

async function revisionOf(key: string) {
  return (await findIncidentStamp(t.database.db, t.ctx.workspace.id, key as IncidentKey))!
    .timelineRevision;
}

async function snapshotOf(key: string) {
  const incident = await findIncidentByKey(t.database.db, t.ctx.workspace.id, key as never);
  return loadTimelineSnapshot(t.database.db, incident!);
}

describe('loadTimelineSnapshot', () => {
  it('reuses the snapshot while nothing changed', async () => {
    const { key } = await createIncident(t.ctx, { title: 'Queue stalled', severity: 'SEV2' });
    await addTimelineEvent(t.ctx, key, {
      at: at('2026-03-12T09:00:00.000Z'),
      sourceZone: 'UTC',
      kind: 'impact',
      text: 'Orders stop',
    });
    expect(await snapshotOf(key)).toBe(await snapshotOf(key));
  });

  it('sees a new, an edited event and an incident change at once', async () => {
    const { key } = await createIncident(t.ctx, { title: 'Cache churn', severity: 'SEV3' });
    const first = await snapshotOf(key);
    expect(first.events).toEqual([]);
    const event = await addTimelineEvent(t.ctx, key, {
      at: at('2026-03-12T09:10:00.000Z'),
      sourceZone: 'UTC',
      kind: 'alert',
      text: 'Latency alert fired',
    });
    const second = await snapshotOf(key);
    expect(second.events.map((e) => e.text)).toEqual(['Latency alert fired']);
    expect(second.milestones.detected.at).toBe('2026-03-12T09:10:00.000Z');
    await editTimelineEvent(t.ctx, key, event.id, { text: 'Latency alert fired for tiles' }, 1);
    expect((await snapshotOf(key)).events[0]!.text).toBe('Latency alert fired for tiles');
    await updateIncident(t.ctx, key, { status: 'mitigated' }, 1);
    const afterStatus = await snapshotOf(key);
    expect(afterStatus.events.some((e) => e.kind === 'field_change')).toBe(true);
  });

  it('sees the milestone a newly attached signal marks, because attaching moves the revision', async () => {
    const { key } = await createIncident(t.ctx, { title: 'Checkout slow', severity: 'SEV2' });
    await addTimelineEvent(t.ctx, key, {
      at: at('2026-03-12T09:00:00.000Z'),
      sourceZone: 'UTC',
      kind: 'alert',
      text: 'CheckoutSlow firing',
    });
    const before = await snapshotOf(key);
    expect(before.milestones.resolved.at).toBeNull();
    const revision = await revisionOf(key);

    const signal = await storeClearedAlert(at('2026-03-12T09:40:00.000Z'));
    const { event } = await decideSignalSuggestion(t.ctx, key, signal.id, 'confirm');

    expect(await revisionOf(key)).toBeGreaterThan(revision);
    const after = await snapshotOf(key);
    expect(after).not.toBe(before);
    expect([...after.hints]).toEqual([[event!.id, 'resolved']]);
    expect(after.milestones.resolved).toEqual({
      at: '2026-03-12T09:40:00.000Z',
      inferred: true,
      sourceEventId: event!.id,
    });
  });
});
