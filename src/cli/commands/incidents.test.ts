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
import type { UseCaseContext } from '../../usecases/context.js';
import { createIncident, updateIncident } from '../../usecases/incidents.js';
import { setMilestones } from '../../usecases/milestones.js';
import { addTimelineEvent } from '../../usecases/timeline.js';
import { ensureDefaultWorkspace } from '../../usecases/workspaces.js';

// SQLite only: the CLI opens its database from HINDSIGHT_DATA_DIR, as a user runs it.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cliEnv(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
  dirs.push(dir);
  return { HINDSIGHT_DATA_DIR: dir, HINDSIGHT_OWNER: 'Robin' };
}

const at = (text: string) => text as Instant;

/** Two incidents written through the use cases into the database the CLI will open. */
async function seed(env: Record<string, string>): Promise<void> {
  const database = openConfiguredDatabase(loadConfig(env));
  await migrateToLatest(database);
  const clock = createTestClock(at('2026-03-12T09:30:00.000Z'));
  const { workspace } = await ensureDefaultWorkspace(database, clock(), 'UTC');
  const ctx: UseCaseContext = {
    database,
    workspace,
    actor: { name: 'Robin', kind: 'owner' },
    clock,
  };
  const outage = await createIncident(ctx, {
    title: 'Checkout declined every card',
    severity: 'SEV1',
    services: ['checkout', 'payment-gateway'],
    tags: ['tls'],
    summary: 'An internal certificate expired.',
    roles: [{ role: 'incident_commander', person: 'Ines' }],
    participants: [{ name: 'Ines', team: 'engineering' }, { name: 'Mara' }],
    timeZone: 'Europe/Berlin',
  });
  await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-12T09:05:00.000Z'),
    sourceZone: 'UTC',
    kind: 'alert',
    text: 'Payment success under 50%',
    highlight: true,
    links: [{ url: 'https://example.com/dash', title: 'Dashboard' }],
  });
  await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-12T09:20:00.000Z'),
    sourceZone: 'UTC',
    kind: 'action',
    text: 'Renewed the certificate',
    actor: 'Ines',
  });
  const { incident } = await setMilestones(
    ctx,
    outage.key,
    {
      impactStarted: at('2026-03-12T09:00:00.000Z'),
      detected: at('2026-03-12T09:05:00.000Z'),
      mitigated: at('2026-03-12T09:25:00.000Z'),
    },
    null,
  );
  await updateIncident(ctx, outage.key, { status: 'mitigated' }, incident.version);
  await createIncident(ctx, {
    title: 'Search results stale',
    severity: 'SEV3',
    services: ['search'],
  });
  await database.close();
}

describe('hindsight incidents list', () => {
  it('prints a table of incidents, newest first, in each incident zone', async () => {
    const env = cliEnv();
    await seed(env);
    expect(await runCli(['incidents', 'list'], env)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'KEY    SEVERITY  STATUS         TITLE                         SERVICES                   DECLARED',
        'INC-2  SEV3      investigating  Search results stale          search                     2026-03-12 09:30 UTC',
        'INC-1  SEV1      mitigated      Checkout declined every card  checkout, payment-gateway  2026-03-12 10:30 Europe/Berlin',
        '',
      ].join('\n'),
    });
  });

  it('filters by severity and says when nothing matches', async () => {
    const env = cliEnv();
    await seed(env);
    const sev1 = await runCli(['incidents', 'list', '--severity', 'SEV1,SEV2'], env);
    expect(sev1.stdout.split('\n').map((line) => line.split(' ')[0])).toEqual(['KEY', 'INC-1', '']);
    expect(await runCli(['incidents', 'list', '--text', 'nothing like this'], env)).toEqual({
      code: 0,
      stderr: '',
      stdout: 'No incidents match.\n',
    });
  });

  it('says there are more when the limit cuts the list', async () => {
    const env = cliEnv();
    await seed(env);
    const { stdout } = await runCli(['incidents', 'list', '--limit', '1'], env);
    expect(stdout.split('\n').slice(2)).toEqual([
      '',
      '1 shown; more match. Narrow the filters or raise --limit (at most 200).',
      '',
    ]);
  });

  it('prints the API list body with --json', async () => {
    const env = cliEnv();
    await seed(env);
    const { code, stdout } = await runCli(['incidents', 'list', '--json', '--limit', '1'], env);
    const body = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(Object.keys(body)).toEqual(['incidents', 'nextCursor']);
    expect(body.nextCursor).toBe(Buffer.from('{"b":2}').toString('base64url'));
    expect(body.incidents[0]).toMatchObject({
      key: 'INC-2',
      title: 'Search results stale',
      severity: 'SEV3',
      status: 'investigating',
      services: ['search'],
      private: false,
      milestones: { impactStarted: null },
      version: 1,
      createdBy: 'Robin',
    });
    expect(body.incidents[0].id).toBeUndefined();
  });

  it.each([
    [['--severity', 'P1'], '--severity: must be one of SEV1, SEV2, SEV3, SEV4'],
    [
      ['--status', 'open'],
      '--status: must be one of investigating, mitigated, resolved, cancelled',
    ],
    [['--limit', '500'], '--limit: must be a number from 1 to 200'],
    [['--limit', 'many'], '--limit: must be a number from 1 to 200'],
    [['--colour', 'red'], "Unknown option '--colour'"],
  ])('exits 2 for %j with the reason and the usage', async (options, message) => {
    const { code, stdout, stderr } = await runCli(['incidents', 'list', ...options], cliEnv());
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(`hindsight incidents list: ${message}`);
    expect(stderr).toContain('usage: hindsight incidents list [--severity SEV1,SEV2]');
  });

  it('tells where to start when the database has no workspace yet', async () => {
    const env = cliEnv();
    const { code, stderr } = await runCli(['incidents', 'list'], env);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `hindsight incidents list: ${join(env.HINDSIGHT_DATA_DIR!, 'hindsight.db')} has no workspace yet; start "hindsight serve" once to create it (with demo incidents unless HINDSIGHT_DEMO=false), or run "hindsight import FILE" (WORKSPACE_NOT_FOUND)\n`,
    );
  });
});

describe('hindsight incidents show', () => {
  it('prints the header, milestones, durations with their definitions and the timeline in the incident zone', async () => {
    const env = cliEnv();
    await seed(env);
    const { code, stdout, stderr } = await runCli(['incidents', 'show', 'INC-1'], env);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      [
        'INC-1  Checkout declined every card',
        'severity      SEV1',
        'status        mitigated',
        'services      checkout, payment-gateway',
        'tags          tls',
        'private       no',
        'roles         incident commander: Ines',
        'participants  Ines (engineering), Mara',
        'declared      2026-03-12 10:30 Europe/Berlin by Robin',
        '',
        'Summary',
        '  An internal certificate expired.',
        '',
        'Milestones (Europe/Berlin)',
        '  impact started      2026-03-12 10:00',
        '  detected            2026-03-12 10:05',
        '  acknowledged        not set',
        '  mitigated           2026-03-12 10:25',
        '  resolved            not set',
        '  customers notified  not set',
        '',
        'Durations',
        '  time to detect       5m 0s                                (detected − impact started)',
        '  time to acknowledge  unknown: acknowledged not set        (acknowledged − detected)',
        '  time to mitigate     25m 0s                               (mitigated − impact started)',
        '  time to resolve      unknown: resolved not set            (resolved − impact started)',
        '  communication delay  unknown: customers notified not set  (customers notified − detected)',
        '',
        'Timeline (6 events, times in Europe/Berlin)',
        '  2026-03-12 10:05  [alert]  ★ Payment success under 50%',
        '                    ↳ Dashboard: https://example.com/dash',
        '  2026-03-12 10:20  [action]  Renewed the certificate — Ines',
        '  2026-03-12 10:30  [field_change]  milestones.impactStarted changed from nothing to 2026-03-12T09:00:00.000Z — Robin',
        '  2026-03-12 10:30  [field_change]  milestones.detected changed from nothing to 2026-03-12T09:05:00.000Z — Robin',
        '  2026-03-12 10:30  [field_change]  milestones.mitigated changed from nothing to 2026-03-12T09:25:00.000Z — Robin',
        '  2026-03-12 10:30  [field_change]  status changed from investigating to mitigated — Robin',
        '',
      ].join('\n'),
    );
  });

  it('prints the API read body with --json', async () => {
    const env = cliEnv();
    await seed(env);
    const { stdout } = await runCli(['incidents', 'show', 'inc-1', '--json'], env);
    const body = JSON.parse(stdout);
    expect(body.key).toBe('INC-1');
    expect(body.milestones.detected).toBe('2026-03-12T09:05:00.000Z');
    expect(body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'alert',
      'action',
      'field_change',
      'field_change',
      'field_change',
      'field_change',
    ]);
  });

  it.each([
    [['INC-9'], 'incident INC-9 does not exist in this workspace (INCIDENT_NOT_FOUND)'],
    [['42'], 'KEY: "42" is not an incident key such as INC-42'],
    [[], 'give the incident key, e.g. INC-42'],
    [['INC-1', '--verbose'], "Unknown option '--verbose'"],
  ])('exits 2 for %j with the reason', async (args, message) => {
    const env = cliEnv();
    await seed(env);
    const { code, stdout, stderr } = await runCli(['incidents', 'show', ...args], env);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')[0]).toBe(`hindsight incidents show: ${message}`);
  });

  it('prints its usage with --help', async () => {
    expect(await runCli(['incidents', 'show', '--help'], cliEnv())).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'usage: hindsight incidents show KEY [--json]\n\nShow an incident: details, milestones, durations and timeline\n',
    });
  });
});
