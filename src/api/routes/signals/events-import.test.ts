import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/events/${name}`, import.meta.url), 'utf8');

let t: TestApp;
let guarded: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  guarded = await createTestApp({ apiToken: 'api-token-1' });
});
afterAll(async () => {
  await t.dispose();
  await guarded.dispose();
});

async function declare() {
  return (
    await t.request('POST', '/api/v1/incidents', { title: 'Checkout', severity: 'SEV2' })
  ).json();
}

const CSV = { 'content-type': 'text/csv' };
const JSONL = { 'content-type': 'application/x-ndjson' };

describe('POST /api/v1/incidents/{key}/events/import', () => {
  it('answers 401 without the API token', async () => {
    const response = await guarded.request(
      'POST',
      '/api/v1/incidents/INC-1/events/import',
      'x',
      CSV,
    );
    expect(response.status).toBe(401);
  });

  it('refuses another content type', async () => {
    const { key } = await declare();
    const response = await t.request('POST', `/api/v1/incidents/${key}/events/import`, '{}');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'content-type: must be text/csv or application/x-ndjson',
    );
  });

  it('names the bad line and stores nothing from the file', async () => {
    const { key } = await declare();
    const response = await t.request(
      'POST',
      `/api/v1/incidents/${key}/events/import`,
      fixture('missing-zone.csv'),
      CSV,
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'line 4: time: "2026-03-12 09:31" has no time zone: add an offset such as Z or +02:00, or give a zone column or --zone',
    );
    const timeline = await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json();
    expect(timeline.events).toEqual([]);
  });

  it('answers 404 for an unknown incident', async () => {
    const response = await t.request(
      'POST',
      '/api/v1/incidents/INC-999/events/import',
      fixture('timeline.csv'),
      CSV,
    );
    expect(response.status).toBe(404);
  });

  it('imports CSV in time order and skips rows whose source id is already there', async () => {
    const { key } = await declare();
    const first = await t.request(
      'POST',
      `/api/v1/incidents/${key}/events/import`,
      fixture('timeline.csv'),
      CSV,
    );
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ read: 3, imported: 3, duplicates: 0 });
    const again = await t.request(
      'POST',
      `/api/v1/incidents/${key}/events/import`,
      fixture('timeline.jsonl'),
      JSONL,
    );
    expect(await again.json()).toEqual({ read: 3, imported: 1, duplicates: 2 });
    const timeline = await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json();
    expect(
      timeline.events.map(
        (e: { at: string; kind: string; actor: string | null; sourceZone: string }) => [
          e.at,
          e.kind,
          e.actor,
          e.sourceZone,
        ],
      ),
    ).toEqual([
      ['2026-03-12T09:15:00.000Z', 'alert', null, 'UTC'],
      ['2026-03-12T09:21:00.000Z', 'action', 'Ana Ruiz', 'Europe/Paris'],
      ['2026-03-12T09:40:00.000Z', 'communication', 'Sam Osei', '+00:00'],
      ['2026-03-12T09:50:00.000Z', 'note', null, 'UTC'],
    ]);
  });

  it('reads times without offset in the ?zone given', async () => {
    const { key } = await declare();
    const response = await t.request(
      'POST',
      `/api/v1/incidents/${key}/events/import?zone=America/New_York`,
      fixture('missing-zone.csv'),
      CSV,
    );
    expect(await response.json()).toEqual({ read: 3, imported: 3, duplicates: 0 });
    const timeline = await (await t.request('GET', `/api/v1/incidents/${key}/events`)).json();
    expect(timeline.events.at(-1).at).toBe('2026-03-12T13:31:00.000Z');
  });
});
