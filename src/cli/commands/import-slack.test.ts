import { mkdtempSync, rmSync } from 'node:fs';
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

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const EXPORT = new URL('../../../test/fixtures/slack-export', import.meta.url).pathname;

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
  dirs.push(dir);
  const env = { HINDSIGHT_DATA_DIR: dir };
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
  return { env, timeline };
}

describe('hindsight import slack', () => {
  it('imports one channel of an export folder with names, kinds and threads', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      ['import', 'slack', EXPORT, '--channel', 'incident-checkout', '--incident', 'INC-1'],
      env,
    );
    expect(run.stdout).toBe('Imported 5 message(s) from #incident-checkout onto INC-1.\n');
    expect((await timeline()).map((e) => [e.at, e.kind, e.actor, e.text.slice(0, 24)])).toEqual([
      ['2026-03-12T09:15:00.000Z', 'alert', 'PagerDuty', 'Triggered: checkout late'],
      ['2026-03-12T09:17:00.000Z', 'communication', 'Ana Ruiz', 'Looking now. @Sam O. can'],
      ['2026-03-12T09:18:00.000Z', 'communication', 'Sam O.', '↳ p99 is 2.4s & climbing'],
      ['2026-03-12T09:40:00.000Z', 'deploy', 'Argo Deployer', 'Rollback of checkout to '],
      ['2026-03-13T10:00:00.000Z', 'communication', 'Ana Ruiz', 'Post-incident review sch'],
    ]);
  });

  it('keeps to --from/--to and adds nothing on a second run', async () => {
    const { env } = await setUp();
    const args = [
      'import',
      'slack',
      EXPORT,
      '--channel',
      '#incident-checkout',
      '--incident',
      'INC-1',
    ];
    const window = ['--from', '2026-03-12T09:16:00Z', '--to', '2026-03-12T23:00:00Z', '--json'];
    const first = await runCli([...args, ...window], env);
    expect(JSON.parse(first.stdout)).toEqual({
      incident: 'INC-1',
      read: 3,
      imported: 3,
      duplicates: 0,
      channel: 'incident-checkout',
    });
    const second = await runCli([...args, '--json'], env);
    expect(JSON.parse(second.stdout)).toMatchObject({ read: 5, imported: 2, duplicates: 3 });
  });

  it('exits 2 naming the channels an export has when the one asked for is missing', async () => {
    const { env } = await setUp();
    const run = await runCli(
      ['import', 'slack', EXPORT, '--channel', 'ops', '--incident', 'INC-1'],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'hindsight import slack: channel: "ops" is not in this export; it has incident-checkout, general (VALIDATION_FAILED)\n',
    );
  });

  it('exits 2 when --channel is missing', async () => {
    const { env } = await setUp();
    const run = await runCli(['import', 'slack', EXPORT, '--incident', 'INC-1'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      'hindsight import slack: --channel: is required (the channel name)',
    );
  });
});
