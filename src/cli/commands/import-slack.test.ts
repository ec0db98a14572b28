import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A copy of the fixture export with a private channel, a group message and a direct message
 * added, as an admin's "all channels and conversations" export has them.
 */
function buildFullExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-slack-'));
  dirs.push(dir);
  const root = join(dir, 'export');
  cpSync(EXPORT, root, { recursive: true });
  const conversations: [file: string, list: object[], folder: string, text: string][] = [
    [
      'groups.json',
      [{ id: 'G0SECOPS', name: 'sec-checkout', is_private: true }],
      'sec-checkout',
      'Token rotation is done',
    ],
    [
      'mpims.json',
      [{ id: 'G0MPDM', name: 'mpdm-ana--sam-1', members: ['U0ANA', 'U0SAM'] }],
      'mpdm-ana--sam-1',
      'Can you two take the bridge?',
    ],
    [
      'dms.json',
      [{ id: 'D0ANASAM', created: 1773300000, members: ['U0ANA', 'U0SAM'] }],
      'D0ANASAM',
      'I will write the timeline',
    ],
  ];
  for (const [file, list, folder, text] of conversations) {
    writeFileSync(join(root, file), JSON.stringify(list));
    mkdirSync(join(root, folder));
    writeFileSync(
      join(root, folder, '2026-03-12.json'),
      JSON.stringify([{ type: 'message', user: 'U0SAM', text, ts: '1773309000.000700' }]),
    );
  }
  return root;
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

  it('moves every message by --clock-offset and refuses an offset that is not whole seconds', async () => {
    const { env, timeline } = await setUp();
    const args = [
      'import',
      'slack',
      EXPORT,
      '--channel',
      'incident-checkout',
      '--incident',
      'INC-1',
    ];
    const run = await runCli([...args, '--clock-offset', '30'], env);
    expect(run.code).toBe(0);
    expect((await timeline()).map((e) => e.at).slice(0, 2)).toEqual([
      '2026-03-12T09:15:30.000Z',
      '2026-03-12T09:17:30.000Z',
    ]);
    const bad = await runCli([...args, '--clock-offset', 'soon'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      'hindsight import slack: --clock-offset: "soon" must be a whole number of seconds between -86400 and 86400',
    );
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

  it.each([
    ['a private channel by name', 'sec-checkout', 'Token rotation is done', 'sec-checkout'],
    [
      'a group message by name',
      'mpdm-ana--sam-1',
      'Can you two take the bridge?',
      'mpdm-ana--sam-1',
    ],
    ['a direct message by id', 'D0ANASAM', 'I will write the timeline', 'D0ANASAM'],
  ])('imports %s', async (_what, channel, text, name) => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      ['import', 'slack', buildFullExport(), '--channel', channel, '--incident', 'INC-1', '--json'],
      env,
    );
    expect(JSON.parse(run.stdout)).toEqual({
      incident: 'INC-1',
      read: 1,
      imported: 1,
      duplicates: 0,
      channel: name,
    });
    expect((await timeline()).map((e) => [e.at, e.actor, e.text])).toEqual([
      ['2026-03-12T09:50:00.000Z', 'Sam O.', text],
    ]);
  });

  it('stores each message permalink as an evidence link when --slack-domain is given', async () => {
    const { env, timeline } = await setUp();
    const run = await runCli(
      [
        'import',
        'slack',
        EXPORT,
        '--channel',
        'incident-checkout',
        '--incident',
        'INC-1',
        '--slack-domain',
        'acme.slack.com',
        '--to',
        '2026-03-12T09:30:00Z',
      ],
      env,
    );
    expect(run.code).toBe(0);
    expect((await timeline()).map((e) => e.links)).toEqual([
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773306900000200',
          title: 'Slack message',
        },
      ],
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773307020000300',
          title: 'Slack message',
        },
      ],
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773307080000400?thread_ts=1773307020.000300&cid=C0CHECKOUT',
          title: 'Slack message',
        },
      ],
    ]);
  });

  it('stores no links without --slack-domain and refuses a domain that cannot be one', async () => {
    const { env, timeline } = await setUp();
    const args = [
      'import',
      'slack',
      EXPORT,
      '--channel',
      'incident-checkout',
      '--incident',
      'INC-1',
    ];
    const bad = await runCli([...args, '--slack-domain', 'acme corp'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      'hindsight import slack: --slack-domain: must be a Slack workspace domain such as acme (for acme.slack.com)',
    );
    expect(await timeline()).toEqual([]);
    expect((await runCli(args, env)).code).toBe(0);
    expect((await timeline()).flatMap((e) => e.links)).toEqual([]);
  });

  it('documents --slack-domain in its help', async () => {
    const run = await runCli(['import', 'slack', '--help'], {});
    expect(run.stdout).toContain(
      '  --slack-domain DOMAIN  the workspace domain (acme for acme.slack.com); each event then links',
    );
  });

  it.skipIf(!existsSync('/usr/bin/zip'))('imports from a ZIP64 archive (`zip -fz`)', async () => {
    const { env, timeline } = await setUp();
    const root = buildFullExport();
    const zip = join(root, '..', 'export.zip');
    execFileSync('zip', ['-q', '-fz', '-r', zip, 'export'], { cwd: join(root, '..') });
    const run = await runCli(
      ['import', 'slack', zip, '--channel', 'sec-checkout', '--incident', 'INC-1'],
      env,
    );
    expect(run.stdout).toBe('Imported 1 message(s) from #sec-checkout onto INC-1.\n');
    expect((await timeline()).map((e) => e.text)).toEqual(['Token rotation is done']);
  });
});
