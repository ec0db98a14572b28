import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { createTestClock } from '../../../test/support/test-app.js';
import { loadConfig } from '../../config.js';
import type { Instant } from '../../domain/instant.js';
import { openConfiguredDatabase } from '../../server.js';
import { migrateToLatest } from '../../storage/index.js';
import { createIncident } from '../../usecases/incidents.js';
import { listTimeline } from '../../usecases/timeline.js';
import { ensureDefaultWorkspace } from '../../usecases/workspaces.js';

// SQLite only: the CLI opens its database from HINDSIGHT_DATA_DIR, as a user runs it.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const fixture = (name: string) =>
  new URL(`../../../test/fixtures/events/${name}`, import.meta.url).pathname;

/** A data dir whose database holds INC-1, and a way to read INC-1's timeline back. */
async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
  dirs.push(dir);
  const env = { HINDSIGHT_DATA_DIR: dir, HINDSIGHT_OWNER: 'Robin' };
  const database = openConfiguredDatabase(loadConfig(env));
  await migrateToLatest(database);
  const clock = createTestClock('2026-03-12T12:00:00.000Z' as Instant);
  const { workspace } = await ensureDefaultWorkspace(database, clock());
  const ctx = { database, workspace, actor: { name: 'Robin', kind: 'owner' as const }, clock };
  await createIncident(ctx, { title: 'Checkout errors', severity: 'SEV2' });
  await database.close();
  const timeline = async () => {
    const reopened = openConfiguredDatabase(loadConfig(env));
    try {
      return await listTimeline({ ...ctx, database: reopened }, 'INC-1' as never);
    } finally {
      await reopened.close();
    }
  };
  return { env, dir, timeline };
}

describe('hindsight import events', () => {
  it('imports a CSV file and says how many events it added', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      ['import', 'events', fixture('timeline.csv'), '--incident', 'inc-1'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Imported 3 event(s) onto INC-1.\n');
    expect((await timeline()).map((e) => [e.at, e.kind, e.source])).toEqual([
      ['2026-03-12T09:15:00.000Z', 'alert', 'import'],
      ['2026-03-12T09:21:00.000Z', 'action', 'import'],
      ['2026-03-12T09:40:00.000Z', 'communication', 'import'],
    ]);
  });

  it('skips rows already imported and reports them with --json', async () => {
    const { env } = await setUp();
    await runCli(['import', 'events', fixture('timeline.csv'), '--incident', 'INC-1'], env);
    const run = await runCli(
      ['import', 'events', fixture('timeline.jsonl'), '--incident', 'INC-1', '--json'],
      env,
    );
    expect(JSON.parse(run.stdout)).toEqual({
      incident: 'INC-1',
      read: 3,
      imported: 1,
      duplicates: 2,
    });
  });

  it('exits 2 naming the line of a time without zone, and stores nothing', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      ['import', 'events', fixture('missing-zone.csv'), '--incident', 'INC-1'],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'hindsight import events: line 4: time: "2026-03-12 09:31" has no time zone: add an offset such as Z or +02:00, or give a zone column or --zone (VALIDATION_FAILED)\n',
    );
    expect(await timeline()).toEqual([]);
  });

  it('reads times without offset in --zone', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      [
        'import',
        'events',
        fixture('missing-zone.csv'),
        '--incident',
        'INC-1',
        '--zone',
        'Europe/Paris',
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect((await timeline()).map((e) => e.at)).toEqual([
      '2026-03-12T08:31:00.000Z',
      '2026-03-12T09:15:00.000Z',
      '2026-03-12T09:20:00.000Z',
    ]);
  });

  it('moves every time by --clock-offset, to correct a source whose clock ran fast', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      [
        'import',
        'events',
        fixture('missing-zone.csv'),
        '--incident',
        'INC-1',
        '--zone',
        'Europe/Paris',
        '--clock-offset=-90',
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect((await timeline()).map((e) => e.at)).toEqual([
      '2026-03-12T08:29:30.000Z',
      '2026-03-12T09:13:30.000Z',
      '2026-03-12T09:18:30.000Z',
    ]);
  });

  it.each([
    [
      ['x.csv', '--incident', 'INC-1', '--clock-offset', '1.5'],
      '--clock-offset: "1.5" must be a whole number of seconds between -86400 and 86400',
    ],
    [
      ['x.csv', '--incident', 'INC-1', '--clock-offset', '90000'],
      '--clock-offset: "90000" must be a whole number of seconds between -86400 and 86400',
    ],
    [['--incident', 'INC-1'], 'give exactly one FILE'],
    [['x.txt', '--incident', 'INC-1'], 'x.txt: must end in .csv, .jsonl or .ndjson'],
    [['x.csv'], '--incident: must be an incident key such as INC-42'],
    [
      ['x.csv', '--incident', 'INC-1', '--zone', 'Mars/Base'],
      '--zone: "Mars/Base" is not an IANA time zone such as Europe/Paris',
    ],
    [['missing.csv', '--incident', 'INC-1'], 'missing.csv: cannot be read'],
  ])('exits 2 on %j', async (args, message) => {
    const { env } = await setUp();
    const run = await runCli(['import', 'events', ...args], env);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`hindsight import events: ${message}`);
  });

  it('answers exit 2 for an incident that does not exist', async () => {
    const { env, dir } = await setUp();
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, '{"time": "2026-03-12T09:00:00Z", "text": "x"}\n');
    const run = await runCli(['import', 'events', file, '--incident', 'INC-7'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('incident INC-7 does not exist in this workspace');
  });
});
