import { afterEach, describe, expect, it } from 'vitest';
import { createTestClock } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import { type ExportDocument, parseExportDocument } from '../shared/schemas/export.js';
import { listWorkspaces } from '../storage/index.js';
import type { UseCaseContext } from './context.js';
import { createIncident, updateIncident } from './incidents.js';
import { setMilestones } from './milestones.js';
import { createService, updateService } from './services.js';
import { addTimelineEvent, editTimelineEvent, removeTimelineEvent } from './timeline.js';
import { exportWorkspace } from './workspace-export.js';
import { importWorkspace } from './workspace-export-import.js';
import { ensureDefaultWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;
const opened: TestDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
});

async function openWorkspace(): Promise<UseCaseContext> {
  const database = await createTestDatabase();
  opened.push(database);
  const clock = createTestClock();
  const { workspace } = await ensureDefaultWorkspace(database, clock(), 'Europe/Paris');
  return { database, workspace, actor: { name: 'Robin', kind: 'owner' }, clock };
}

/** A workspace with every kind of data an export must carry. */
async function fillWorkspace(ctx: UseCaseContext): Promise<void> {
  await createService(ctx, {
    name: 'checkout',
    owningTeam: 'Payments',
    sloTarget: 0.9995,
    sloWindowDays: 28,
    revenuePerHour: 12500.5,
    tags: ['tier-1', 'customer-facing'],
  });
  const search = await createService(ctx, { name: 'search', owningTeam: null });
  await updateService(ctx, 'search', { revenuePerHour: 800 }, search.version);

  const outage = await createIncident(ctx, {
    title: 'Checkout declined every card',
    severity: 'SEV1',
    services: ['checkout'],
    tags: ['payments', 'tls'],
    summary: 'Card payments failed for 40 minutes.',
    customerImpact: 'No order could be paid.',
    roles: [
      { role: 'incident_commander', person: 'Ines' },
      { role: 'comms_lead', person: 'Tom' },
    ],
    participants: [{ name: 'Ines', team: 'engineering' }, { name: 'Mara' }],
    timeZone: 'America/New_York',
  });
  const alert = await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:05:00.000Z'),
    sourceZone: 'UTC',
    kind: 'alert',
    text: 'Payment success rate under 50%',
    actor: 'alerting',
    highlight: true,
    links: [
      { url: 'https://example.com/dash/payments', title: 'Payments dashboard' },
      { url: 'https://example.com/alerts/1' },
    ],
    source: 'alertmanager',
  });
  await editTimelineEvent(ctx, outage.key, alert.id, { text: 'Payment success under 50%' }, 1);
  const note = await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:20:00.000Z'),
    sourceZone: '+02:00',
    kind: 'note',
    text: 'Duplicate of the alert above',
  });
  await removeTimelineEvent(ctx, outage.key, note.id, 1);
  await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:30:00.000Z'),
    sourceZone: 'America/New_York',
    kind: 'action',
    text: 'Renewed the certificate',
    actor: 'Ines',
  });
  const { incident: measured } = await setMilestones(
    ctx,
    outage.key,
    {
      impactStarted: at('2026-03-10T14:00:00.000Z'),
      detected: at('2026-03-10T14:05:00.000Z'),
      acknowledged: at('2026-03-10T14:07:00.000Z'),
      mitigated: at('2026-03-10T14:35:00.000Z'),
      customersNotified: at('2026-03-10T14:25:00.000Z'),
    },
    null,
  );
  const mitigated = await updateIncident(
    ctx,
    outage.key,
    { status: 'mitigated' },
    measured.version,
  );
  await updateIncident(ctx, outage.key, { severity: 'SEV2' }, mitigated.version);

  const secret = await createIncident(ctx, {
    title: 'Suspicious admin login',
    severity: 'SEV3',
    private: true,
  });
  await updateIncident(ctx, secret.key, { status: 'cancelled' }, secret.version);
  await createIncident(ctx, {
    title: 'Search results stale',
    severity: 'SEV4',
    services: ['search'],
  });
}

async function roundTrip(document: ExportDocument): Promise<ExportDocument> {
  const target = await createTestDatabase();
  opened.push(target);
  const parsed = parseExportDocument(JSON.parse(JSON.stringify(document)));
  if ('problem' in parsed) throw new Error(parsed.problem);
  const { workspace } = await importWorkspace(target, parsed);
  const clock = createTestClock(at('2026-04-01T00:00:00.000Z'));
  return exportWorkspace({
    database: target,
    workspace,
    actor: { name: 'x', kind: 'owner' },
    clock,
  });
}

describe('exportWorkspace and importWorkspace', () => {
  it('restore a workspace so that exporting it again gives the same document', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const first = await exportWorkspace(ctx);
    const second = await roundTrip(first);
    expect({ ...second, exportedAt: first.exportedAt }).toEqual(first);
    expect(second.exportedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('carry every field of the filled workspace into the document', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const document = await exportWorkspace(ctx);
    expect(document.workspace).toMatchObject({
      slug: 'default',
      incidentPrefix: 'INC',
      timeZone: 'Europe/Paris',
      nextIncidentNumber: 4,
    });
    expect(
      document.services.map((s) => [s.name, s.sloTarget, s.revenuePerHour, s.version]),
    ).toEqual([
      ['checkout', 0.9995, 12500.5, 1],
      ['search', null, 800, 2],
    ]);
    expect(document.incidents.map((i) => [i.key, i.severity, i.status, i.private])).toEqual([
      ['INC-1', 'SEV2', 'mitigated', false],
      ['INC-2', 'SEV3', 'cancelled', true],
      ['INC-3', 'SEV4', 'investigating', false],
    ]);
    const outage = document.incidents[0]!;
    expect(outage.milestones.detected).toBe('2026-03-10T14:05:00.000Z');
    expect(outage.events.filter((e) => e.kind !== 'field_change').map((e) => e.text)).toEqual([
      'Payment success under 50%',
      'Renewed the certificate',
    ]);
    expect(outage.events[0]).toMatchObject({
      highlight: true,
      source: 'alertmanager',
      version: 2,
      links: [
        { url: 'https://example.com/dash/payments', title: 'Payments dashboard' },
        { url: 'https://example.com/alerts/1' },
      ],
    });
    expect(
      outage.events.filter((e) => e.kind === 'field_change').map((e) => e.change?.field),
    ).toEqual([
      'milestones.impactStarted',
      'milestones.detected',
      'milestones.acknowledged',
      'milestones.mitigated',
      'milestones.customersNotified',
      'status',
      'severity',
    ]);
    const actions = document.auditLog.map((entry) => `${entry.entity} ${entry.action}`);
    expect(actions).toContain('timeline_event delete');
    expect(actions).toContain('service update');
    expect(document.auditLog).toHaveLength(19);
  });

  it('keeps numbering after the imported incidents', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const target = await createTestDatabase();
    opened.push(target);
    const { workspace } = await importWorkspace(target, await exportWorkspace(ctx));
    const next = await createIncident(
      { database: target, workspace, actor: { name: 'x', kind: 'owner' }, clock: ctx.clock },
      { title: 'After the move', severity: 'SEV4' },
    );
    expect(next.key).toBe('INC-4');
  });

  it('replaces the empty default workspace a first start created', async () => {
    const source = await openWorkspace();
    await fillWorkspace(source);
    const target = await openWorkspace();
    const report = await importWorkspace(target.database, await exportWorkspace(source));
    expect(report).toMatchObject({ services: 2, incidents: 3, events: 10, auditEntries: 19 });
    const workspaces = await listWorkspaces(target.database.db);
    expect(workspaces.map((w) => [w.id, w.slug])).toEqual([[source.workspace.id, 'default']]);
  });

  it('refuses a database that already holds incidents, and writes nothing', async () => {
    const source = await openWorkspace();
    await fillWorkspace(source);
    const target = await openWorkspace();
    await createIncident(target, { title: 'Already here', severity: 'SEV4' });
    await expect(importWorkspace(target.database, await exportWorkspace(source))).rejects.toThrow(
      'the database already has 1 incident, 1 audit entries; import restores into an empty database — point HINDSIGHT_DATA_DIR or DATABASE_URL at a new one',
    );
    expect((await exportWorkspace(target)).incidents.map((i) => i.title)).toEqual(['Already here']);
  });

  it('refuses a database that holds only services', async () => {
    const source = await openWorkspace();
    const target = await openWorkspace();
    await createService(target, { name: 'api' });
    await expect(importWorkspace(target.database, await exportWorkspace(source))).rejects.toThrow(
      'the database already has 0 incidents, 1 service(s), 1 audit entries;',
    );
  });

  it('refuses an actor who may not see private incidents', async () => {
    const ctx = await openWorkspace();
    const reader = { ...ctx, actor: { name: 'guest', kind: 'guest' } } as unknown as UseCaseContext;
    await expect(exportWorkspace(reader)).rejects.toThrow('an export holds private incidents');
  });
});

describe('parseExportDocument', () => {
  const base = async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    return JSON.parse(JSON.stringify(await exportWorkspace(ctx))) as ExportDocument;
  };

  it.each<[string, (document: ExportDocument) => unknown, string]>([
    [
      'a wrong format',
      (d) => Object.assign(d, { format: 'csv' }),
      'format: must be "hindsight-export"',
    ],
    [
      'a newer format version',
      (d) => Object.assign(d, { formatVersion: 2 }),
      'formatVersion: must be 1; this version of Hindsight reads format version 1 only',
    ],
    [
      'an unknown severity',
      (d) => Object.assign(d.incidents[2]!, { severity: 'P1' }),
      'incidents.2.severity: must be one of SEV1, SEV2, SEV3, SEV4',
    ],
    [
      'a missing field',
      (d) => Reflect.deleteProperty(d.incidents[0]!, 'title'),
      'incidents.0.title: is required',
    ],
    [
      'a title that is not text',
      (d) => Object.assign(d.incidents[0]!, { title: 42 }),
      'incidents.0.title: must be a string',
    ],
    [
      'an unknown field',
      (d) => Object.assign(d.services[0]!, { colour: 'red' }),
      'services.0: unknown field "colour"; the file is not a format version 1 export',
    ],
    [
      'a time that is not an instant',
      (d) => Object.assign(d.incidents[0]!.events[0]!, { at: 'yesterday' }),
      'incidents.0.events.0.at:',
    ],
    [
      'a repeated incident key',
      (d) => Object.assign(d.incidents[1]!, { key: 'INC-1' }),
      'incidents.1.key: repeats the key of incidents.0',
    ],
    [
      'a key at or past the next incident number',
      (d) => Object.assign(d.workspace, { nextIncidentNumber: 3 }),
      'incidents.2.key: number 3 is not below workspace.nextIncidentNumber (3)',
    ],
    [
      'a repeated event id',
      (d) => Object.assign(d.incidents[0]!.events[1]!, { id: d.incidents[0]!.events[0]!.id }),
      'incidents.0.events.1.id: repeats the id of incidents.0.events.0',
    ],
    [
      'a repeated service name',
      (d) => Object.assign(d.services[1]!, { name: 'checkout' }),
      'services.1.name: repeats the name of services.0',
    ],
  ])('rejects %s with the field and the reason', async (_name, spoil, message) => {
    const document = await base();
    spoil(document);
    const result = parseExportDocument(document);
    expect('problem' in result && result.problem).toContain(message);
  });

  it('rejects a document that is not an object', () => {
    expect(parseExportDocument([1, 2])).toEqual({
      problem: 'document: must be a JSON object, as `hindsight export` writes',
    });
  });

  it('accepts an exported document unchanged', async () => {
    const document = await base();
    expect(parseExportDocument(document)).toEqual(document);
  });
});
