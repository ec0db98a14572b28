import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { createTestClock } from '../../../test/support/test-app.js';
import { loadConfig } from '../../config.js';
import type { Instant } from '../../domain/instant.js';
import { openConfiguredDatabase } from '../../server.js';
import { migrateToLatest } from '../../storage/index.js';
import { seedDemoData } from '../../usecases/demo-data.js';
import {
  addReviewedIncident,
  REFUND_EVENTS_CSV,
} from '../../usecases/workspace-export-test-setup.js';
import { ensureDefaultWorkspace } from '../../usecases/workspaces.js';

// Each environment is what a user points the CLI at: a data dir (SQLite), or with TEST_DATABASE_URL
// a throw-away PostgreSQL schema named in DATABASE_URL.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function cliEnv(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { HINDSIGHT_DATA_DIR: dir };
  const schema = `cli_${randomBytes(6).toString('hex')}`;
  await runAdmin(url, `create schema ${schema}`);
  cleanups.push(() => runAdmin(url, `drop schema ${schema} cascade`));
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return { HINDSIGHT_DATA_DIR: dir, DATABASE_URL: `${url}?options=${options}` };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * What a first `hindsight serve` leaves behind (the default workspace with the demo incidents),
 * plus custom templates, policy overrides and INC-3 with imported events and a published review.
 */
async function seedLikeFirstStart(env: Record<string, string>): Promise<void> {
  const database = openConfiguredDatabase(loadConfig(env));
  await migrateToLatest(database);
  const clock = createTestClock('2026-03-12T12:00:00.000Z' as Instant);
  const { workspace } = await ensureDefaultWorkspace(database, clock(), 'Europe/Paris');
  await seedDemoData({ database, workspace, actor: { name: 'demo', kind: 'system' }, clock });
  await addReviewedIncident({
    database,
    workspace,
    actor: { name: 'Robin', kind: 'owner' },
    clock,
  });
  await database.close();
}

const CONTENTS =
  '3 incidents (73 timeline events), 1 review (2 action items), 5 services, 2 custom templates, 2 policy overrides and 108 audit entries';

function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-export-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, name);
}

describe('hindsight export and import', () => {
  it('move a workspace to a new database without losing anything', async () => {
    const source = await cliEnv();
    await seedLikeFirstStart(source);
    const first = tempFile('first.json');
    expect(await runCli(['export', '--out', first], source)).toEqual({
      code: 0,
      stderr: '',
      stdout: `Exported ${CONTENTS} to ${first}.\n`,
    });

    const target = await cliEnv();
    const imported = await runCli(['import', first], target);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toMatch(/^Imported workspace "default" into .+: (.+)\.\n$/);
    expect(imported.stdout).toContain(`: ${CONTENTS}.\n`);

    const second = tempFile('second.json');
    expect((await runCli(['export', '--out', second, '--pretty'], target)).code).toBe(0);
    const before = JSON.parse(readFileSync(first, 'utf8'));
    const after = JSON.parse(readFileSync(second, 'utf8'));
    expect({ ...after, exportedAt: before.exportedAt }).toEqual(before);
    expect(readFileSync(second, 'utf8').split('\n')[1]).toBe('  "format": "hindsight-export",');
    expect(after.incidents[2].review).toMatchObject({
      status: 'published',
      followUp: { askedAt: '2026-04-20T09:00:00.000Z', completedBy: 'Robin' },
    });

    // The origin keys came along: the events file imported before the move is recognised after it.
    const events = tempFile('refunds.csv');
    writeFileSync(events, REFUND_EVENTS_CSV);
    const again = await runCli(['import', 'events', events, '--incident', 'INC-3'], target);
    expect([again.code, again.stdout]).toEqual([
      0,
      'Imported 0 event(s) onto INC-3 (2 already there, skipped).\n',
    ]);
  });

  it('imports a file written in format version 1, before reviews were exported', async () => {
    const source = await cliEnv();
    await seedLikeFirstStart(source);
    const { stdout } = await runCli(['export', '--out', '-'], source);
    const { reviewTemplates, policies, incidents, ...rest } = JSON.parse(stdout);
    const version1 = {
      ...rest,
      formatVersion: 1,
      incidents: incidents.map(
        // biome-ignore lint/suspicious/noExplicitAny: the document is handled as plain JSON here.
        ({ review, events, ...incident }: any) => ({
          ...incident,
          // biome-ignore lint/suspicious/noExplicitAny: as above.
          events: events.map(({ originKey, ...event }: any) => event),
        }),
      ),
    };
    const file = writeTemp(JSON.stringify(version1));
    const target = await cliEnv();
    const imported = await runCli(['import', file], target);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toContain(
      ': 3 incidents (73 timeline events), 0 reviews (0 action items), 5 services, 0 custom templates, 0 policy overrides and 108 audit entries.\n',
    );
    const again = JSON.parse((await runCli(['export', '--out', '-'], target)).stdout);
    expect(again).toMatchObject({ formatVersion: 2, reviewTemplates: null, policies: [] });
    expect(again.incidents.map((i: { review: unknown }) => i.review)).toEqual([null, null, null]);
  });

  it('refuses to import into a database that already has incidents', async () => {
    const source = await cliEnv();
    await seedLikeFirstStart(source);
    const file = tempFile('export.json');
    await runCli(['export', '--out', file], source);
    expect(await runCli(['import', file], source)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'hindsight import: the database already has 3 incidents, 5 service(s), 108 audit entries; import restores into an empty database — point HINDSIGHT_DATA_DIR or DATABASE_URL at a new one (IMPORT_TARGET_NOT_EMPTY)\n',
    });
  });

  it('writes the document to standard output with --out -', async () => {
    const source = await cliEnv();
    await seedLikeFirstStart(source);
    const { code, stdout, stderr } = await runCli(['export', '--out', '-'], source);
    expect([code, stderr]).toEqual([0, `Exported ${CONTENTS}.\n`]);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'hindsight-export', formatVersion: 2 });
  });

  it.each([
    [
      'a missing file',
      () => join(tmpdir(), 'no-such-export.json'),
      'cannot read it (no such file)',
    ],
    ['a file that is not JSON', () => writeTemp('{"format": '), 'is not JSON ('],
    [
      'a file with an unknown severity',
      async () => {
        const source = await cliEnv();
        await seedLikeFirstStart(source);
        const { stdout } = await runCli(['export', '--out', '-'], source);
        const document = JSON.parse(stdout);
        document.incidents[0].severity = 'P1';
        return writeTemp(JSON.stringify(document));
      },
      'incidents.0.severity: must be one of SEV1, SEV2, SEV3, SEV4',
    ],
    [
      'a file with a verified action item lacking a version',
      async () => {
        const source = await cliEnv();
        await seedLikeFirstStart(source);
        const { stdout } = await runCli(['export', '--out', '-'], source);
        const document = JSON.parse(stdout);
        delete document.incidents[2].review.actionItems[0].version;
        return writeTemp(JSON.stringify(document));
      },
      'incidents.2.review.actionItems.0.version: is required',
    ],
  ])('exits 2 on %s, naming the problem', async (_name, makeFile, message) => {
    const file = await makeFile();
    const { code, stdout, stderr } = await runCli(['import', file], await cliEnv());
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n')[0]).toContain(`hindsight import: ${file}: ${message}`);
  });

  it.each([
    [['export'], 'hindsight export: --out: give the file to write, e.g. --out backup.json'],
    [['export', '--out', 'x.json', '--zip'], "hindsight export: Unknown option '--zip'"],
    [['import'], 'hindsight import: give one file, written by "hindsight export"'],
    [['import', 'a.json', '--force'], "hindsight import: Unknown option '--force'"],
  ])('exits 2 for %j with the reason and the usage', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv, await cliEnv());
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr.split('\n').slice(0, 2)).toEqual([message, expect.stringMatching(/^usage: /)]);
  });
});

function writeTemp(text: string): string {
  const file = tempFile('input.json');
  writeFileSync(file, text);
  return file;
}
