import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { Instant } from '../domain/instant.js';
import { findIncidentByKey } from '../storage/index.js';
import { createIncident, updateIncident } from './incidents.js';
import { addTimelineEvent, editTimelineEvent } from './timeline.js';
import { loadTimelineSnapshot } from './timeline-snapshot.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

const at = (text: string) => text as Instant;

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
});
