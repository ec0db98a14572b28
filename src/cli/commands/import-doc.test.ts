import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import type { IncidentKey } from '../../domain/ids.js';
import { getIncident } from '../../usecases/incidents.js';
import { getReview } from '../../usecases/reviews.js';

// SQLite only: the CLI opens its database from HINDSIGHT_DATA_DIR, as a user runs it.
const fixture = (name: string) =>
  new URL(`../../../test/fixtures/postmortem-docs/${name}`, import.meta.url).pathname;

let data: CliDataDir;
afterEach(() => data?.dispose());

const QUEUE_POSTMORTEM = `# Payment queue backlog on 4 May 2026

## Summary

Card captures queued for forty minutes after a broker upgrade.

## Timeline

All times in UTC.

- 08:10 — broker cluster upgraded to 3.13
- 08:22 — capture latency alert fired
- 08:50 — rolled back the broker upgrade
- 09:05 — queue drained, all clear

## Root cause

The upgraded broker lowered the default prefetch limit, so each consumer pulled one message at a time.

## Contributing factors

- The staging load test ran with ten times less traffic than production.
- Broker release notes were not part of the upgrade checklist.

## Action items

| Action | Owner | Due |
|---|---|---|
| Pin the prefetch limit in the consumer config | Lena Park | 2026-05-20 |
| Add release-note review to the broker upgrade checklist | Omar Haddad | 2026-06-01 |
`;

/** The postmortem above written into the data dir, as a file a person would import. */
function writeQueuePostmortem(): string {
  const file = join(data.env.HINDSIGHT_DATA_DIR!, 'queue-backlog.md');
  writeFileSync(file, QUEUE_POSTMORTEM);
  return file;
}

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
      'Created INC-1 "What broke our map tiles last Thursday" with 5 timeline event(s).\n' +
        '  Its draft review has 3 action item(s) and 0 contributing factor(s) from the document.\n',
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

  it('stores the root cause, contributing factors and action items on a draft review', async () => {
    data = await createCliDataDir();
    const run = await runCli(['import', 'doc', writeQueuePostmortem(), '--json'], data.env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      incident: 'INC-1',
      imported: 4,
      review: { actionItems: 2, factors: 3 },
    });
    const { review } = await data.withContext((ctx) => getReview(ctx, 'INC-1' as IncidentKey));
    expect(review.status).toBe('draft');
    expect(
      review.actionItems.map((item) => [item.title, item.owner, item.dueDate, item.status]),
    ).toEqual([
      ['Pin the prefetch limit in the consumer config', 'Lena Park', '2026-05-20', 'open'],
      [
        'Add release-note review to the broker upgrade checklist',
        'Omar Haddad',
        '2026-06-01',
        'open',
      ],
    ]);
    expect(review.factors.map((factor) => [factor.category, factor.description])).toEqual([
      [
        'technical',
        'The upgraded broker lowered the default prefetch limit, so each consumer pulled one message at a time.',
      ],
      ['technical', 'The staging load test ran with ten times less traffic than production.'],
      ['technical', 'Broker release notes were not part of the upgrade checklist.'],
    ]);
    const rootCauseTree = review.whyTrees.at(-1)!;
    expect(rootCauseTree.answers.map((node) => [node.text, node.rootCause])).toEqual([
      [
        'The upgraded broker lowered the default prefetch limit, so each consumer pulled one message at a time.',
        true,
      ],
    ]);
    expect(review.factors[0]!.whyNodeIds).toEqual([rootCauseTree.answers[0]!.id]);
  });

  it('stores no incident and no review on --dry-run, yet prints the action items it found', async () => {
    data = await createCliDataDir();
    const run = await runCli(
      ['import', 'doc', writeQueuePostmortem(), '--dry-run', '--json'],
      data.env,
    );
    expect(JSON.parse(run.stdout).actionItems).toHaveLength(2);
    const stored = await runCli(['incidents', 'list', '--json'], data.env);
    expect(JSON.parse(stored.stdout).incidents).toEqual([]);
    const review = await runCli(['review', 'export', 'INC-1', '--format', 'json'], data.env);
    expect(review.code).toBe(2);
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
