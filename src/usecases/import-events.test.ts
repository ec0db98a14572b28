import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { IncidentKey } from '../domain/ids.js';
import { eventRowsFromChunks } from '../ingest/events-file/event-rows.js';
import { findIncidentStamp, listAuditEntries } from '../storage/index.js';
import { AppError } from './app-error.js';
import { importTimelineEvents } from './import-events.js';
import { createIncident } from './incidents.js';
import { listTimeline } from './timeline.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

async function newIncident(): Promise<IncidentKey> {
  return (await createIncident(t.ctx, { title: 'Checkout errors', severity: 'SEV2' })).key;
}

/** One JSONL line per `[minute, text, source id]`, all on 12 March 2026 from 09:00 UTC. */
function jsonl(rows: [number, string, string | null][]): string {
  return rows
    .map(([minute, text, id]) => {
      const time = new Date(Date.UTC(2026, 2, 12, 9, minute)).toISOString();
      return JSON.stringify(id === null ? { time, text } : { time, text, 'source id': id });
    })
    .join('\n');
}

function importText(key: IncidentKey, text: string) {
  return importTimelineEvents(t.ctx, key, eventRowsFromChunks([text], 'jsonl', null), {
    origin: 'events.jsonl',
  });
}

describe('importTimelineEvents', () => {
  it('counts a source id repeated in the file or imported before as a duplicate', async () => {
    const key = await newIncident();
    const first = jsonl([
      [1, 'queue depth alert', 'a'],
      [2, 'restarted the consumer', 'b'],
      [3, 'same alert again', 'a'],
      [4, 'note without id', null],
    ]);
    expect(await importText(key, first)).toEqual({ read: 4, imported: 3, duplicates: 1 });
    const second = jsonl([
      [2, 'restarted the consumer', 'b'],
      [5, 'queue drained', 'c'],
      [6, 'note without id', null],
    ]);
    expect(await importText(key, second)).toEqual({ read: 3, imported: 2, duplicates: 1 });
    expect((await listTimeline(t.ctx, key)).map((event) => event.text)).toEqual([
      'queue depth alert',
      'restarted the consumer',
      'note without id',
      'queue drained',
      'note without id',
    ]);
  });

  it('stores nothing when a row after several stored batches is refused', async () => {
    const key = await newIncident();
    const stampBefore = await findIncidentStamp(t.ctx.database.db, t.ctx.workspace.id, key);
    const rows = Array.from({ length: 4500 }, (_, i): [number, string, string] => [
      i % 600,
      `step ${i}`,
      `row-${i}`,
    ]);
    const text = `${jsonl(rows)}\n{"time": "2026-03-12T09:15:00Z", "text": "x", "sev": "1"}\n`;
    const refused = await importText(key, text).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe(
      'line 4501: sev: unknown field; known: time, zone, kind, actor, text, source id, source',
    );
    expect(await listTimeline(t.ctx, key)).toEqual([]);
    expect(await findIncidentStamp(t.ctx.database.db, t.ctx.workspace.id, key)).toEqual(
      stampBefore,
    );
  });

  it('records the counts and the origin in the audit log', async () => {
    const key = await newIncident();
    await importText(
      key,
      jsonl([
        [1, 'alert', 'a'],
        [2, 'alert again', 'a'],
      ]),
    );
    const entries = await listAuditEntries(t.ctx.database.db, t.ctx.workspace.id, {
      entity: 'incident',
    });
    expect(entries.at(-1)).toMatchObject({
      field: 'timeline',
      newValue: { imported: 1, duplicates: 1, from: 'events.jsonl' },
      actor: 'owner',
    });
  });
});
