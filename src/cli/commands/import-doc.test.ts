import { afterEach, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import type { IncidentKey } from '../../domain/ids.js';
import { getIncident } from '../../usecases/incidents.js';

// SQLite only: the CLI opens its database from HINDSIGHT_DATA_DIR, as a user runs it.
const fixture = (name: string) =>
  new URL(`../../../test/fixtures/postmortem-docs/${name}`, import.meta.url).pathname;

let data: CliDataDir;
afterEach(() => data?.dispose());

describe('hindsight import doc', () => {
  it('prints what it found without storing anything on --dry-run --json', async () => {
    data = await createCliDataDir();
    const run = await runCli(
      ['import', 'doc', fixture('blog-post.md'), '--dry-run', '--json'],
      data.env,
    );
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.title).toBe('What broke our map tiles last Thursday');
    expect(document.milestones).toEqual({
      impactStarted: '2027-02-11T13:40:00.000Z',
      detected: '2027-02-11T13:52:00.000Z',
      mitigated: '2027-02-11T14:15:00.000Z',
      resolved: '2027-02-11T14:48:00.000Z',
    });
    const stored = await runCli(['incidents', 'list', '--json'], data.env);
    expect(JSON.parse(stored.stdout).incidents).toEqual([]);
  });

  it('creates a resolved incident with the timeline and the guessed milestones', async () => {
    data = await createCliDataDir();
    const run = await runCli(
      ['import', 'doc', fixture('blog-post.md'), '--severity', 'SEV2', '--service', 'tiles'],
      data.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Created INC-1 "What broke our map tiles last Thursday" with 5 timeline event(s).\n',
    );
    const { incident, events } = await data.withContext((ctx) =>
      getIncident(ctx, 'INC-1' as IncidentKey),
    );
    expect(incident).toMatchObject({ status: 'resolved', severity: 'SEV2', services: ['tiles'] });
    expect(incident.milestones.resolved).toBe('2027-02-11T14:48:00.000Z');
    const imported = events.filter((event) => event.kind !== 'field_change');
    expect(imported.map((event) => [event.at, event.kind])).toEqual([
      ['2027-02-11T13:02:00.000Z', 'deploy'],
      ['2027-02-11T13:40:00.000Z', 'impact'],
      ['2027-02-11T13:52:00.000Z', 'alert'],
      ['2027-02-11T14:15:00.000Z', 'action'],
      ['2027-02-11T14:48:00.000Z', 'metric'],
    ]);
  });

  it('lists the entries it could not place when the document names no zone', async () => {
    data = await createCliDataDir();
    const run = await runCli(['import', 'doc', fixture('no-zone.md')], data.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not placed (line');
    expect(run.stdout).toContain('no time zone');
  });

  it('exits 2 with the reason on a bad zone, severity or file type', async () => {
    data = await createCliDataDir();
    const zone = await runCli(
      ['import', 'doc', fixture('blog-post.md'), '--zone', 'Mars/Olympus'],
      data.env,
    );
    expect([zone.code, zone.stderr.split('\n')[0]]).toEqual([
      2,
      'hindsight import doc: --zone: "Mars/Olympus" is not an IANA time zone such as America/Los_Angeles',
    ]);
    const severity = await runCli(
      ['import', 'doc', fixture('blog-post.md'), '--severity', 'P1'],
      data.env,
    );
    expect(severity.code).toBe(2);
    const type = await runCli(['import', 'doc', 'notes.txt'], data.env);
    expect(type.stderr).toContain('notes.txt: must end in .md, .markdown, .html or .htm');
  });
});
