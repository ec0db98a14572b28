import { afterEach, describe, expect, it } from 'vitest';
import { createTestClock } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { UseCaseContext } from './context.js';
import { seedDemoData } from './demo-data.js';
import { getIncidentMetrics } from './milestones.js';
import { exportWorkspace } from './workspace-export.js';
import { ensureDefaultWorkspace } from './workspaces.js';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
});

async function seededWorkspace(now: string) {
  const database = await createTestDatabase();
  opened.push(database);
  const clock = createTestClock(now as Instant);
  const { workspace } = await ensureDefaultWorkspace(database, clock());
  const ctx: UseCaseContext = {
    database,
    workspace,
    actor: { name: 'demo', kind: 'system' },
    clock,
  };
  await seedDemoData(ctx);
  return { ctx, document: await exportWorkspace(ctx) };
}

describe('seedDemoData', () => {
  it('creates two resolved incidents of different severities and services, each with 20+ events of varied kinds', async () => {
    const { document } = await seededWorkspace('2026-03-12T12:00:00.000Z');
    expect(
      document.incidents.map((incident) => [
        incident.key,
        incident.severity,
        incident.status,
        incident.services,
      ]),
    ).toEqual([
      ['INC-1', 'SEV1', 'resolved', ['payment-gateway', 'checkout', 'fraud-scoring']],
      ['INC-2', 'SEV3', 'resolved', ['search-indexer', 'product-catalog']],
    ]);
    for (const incident of document.incidents) {
      const written = incident.events.filter((event) => event.kind !== 'field_change');
      expect(written.length).toBeGreaterThanOrEqual(20);
      expect(new Set(written.map((event) => event.kind)).size).toBeGreaterThanOrEqual(8);
      expect(written.some((event) => event.highlight)).toBe(true);
      expect(written.filter((event) => event.actor !== null).length).toBeGreaterThan(5);
      const links = written.flatMap((event) => event.links.map((link) => new URL(link.url).host));
      expect(new Set(links)).toEqual(new Set(['example.com']));
      expect(incident.roles.map((role) => role.role)).toEqual(
        expect.arrayContaining(['incident_commander', 'comms_lead']),
      );
      expect(new Set(incident.participants.map((p) => p.team))).toEqual(
        new Set(['engineering', 'support', 'sales', 'product']),
      );
    }
  });

  it('fills the catalog with owning teams, SLO targets and revenue for every service an incident names', async () => {
    const { document } = await seededWorkspace('2026-03-12T12:00:00.000Z');
    expect(
      document.services.map((s) => [s.name, s.owningTeam, s.sloTarget, s.revenuePerHour]),
    ).toEqual([
      ['checkout', 'Web Storefront', 0.999, 42000],
      ['fraud-scoring', 'Risk Engineering', 0.999, 42000],
      ['payment-gateway', 'Payments Platform', 0.9995, 42000],
      ['product-catalog', 'Catalog', 0.999, 6500],
      ['search-indexer', 'Discovery', 0.995, 1800],
    ]);
  });

  it('sets every milestone in order, so every duration has a value', async () => {
    const { ctx, document } = await seededWorkspace('2026-03-12T12:00:00.000Z');
    const metrics = await Promise.all(
      document.incidents.map((incident) => getIncidentMetrics(ctx, incident.key as IncidentKey)),
    );
    expect(metrics.map((m) => [m.durations, m.findings])).toEqual([
      [
        {
          timeToDetect: 240,
          timeToAcknowledge: 180,
          timeToMitigate: 2460,
          timeToResolve: 4680,
          communicationDelay: 840,
        },
        [],
      ],
      [
        {
          timeToDetect: 5340,
          timeToAcknowledge: 1380,
          timeToMitigate: 9900,
          timeToResolve: 14040,
          communicationDelay: 4800,
        },
        [],
      ],
    ]);
  });

  it('places the incidents weeks in the past at the same time of day whenever it runs', async () => {
    const first = await seededWorkspace('2026-03-12T12:00:00.000Z');
    const later = await seededWorkspace('2026-07-01T23:59:00.000Z');
    expect(first.document.incidents.map((i) => i.milestones.impactStarted)).toEqual([
      '2026-02-16T13:58:00.000Z',
      '2026-03-02T15:16:00.000Z',
    ]);
    expect(later.document.incidents.map((i) => i.milestones.impactStarted)).toEqual([
      '2026-06-07T13:58:00.000Z',
      '2026-06-21T15:16:00.000Z',
    ]);
    const textOf = (d: typeof first.document) =>
      d.incidents.map((i) =>
        i.events.filter((e) => e.kind !== 'field_change').map((e) => `${e.kind} ${e.text}`),
      );
    expect(textOf(later.document)).toEqual(textOf(first.document));
  });

  it('records every write before the moment it was seeded', async () => {
    const { document } = await seededWorkspace('2026-03-12T12:00:00.000Z');
    const instants = [
      ...document.incidents.flatMap((i) => [
        i.createdAt,
        i.updatedAt,
        ...i.events.map((e) => e.createdAt),
      ]),
      ...document.auditLog.map((entry) => entry.at),
    ];
    expect(instants.every((instant) => instant < '2026-03-12T12:00:00.000Z')).toBe(true);
  });
});
