/**
 * @module Benchmark: the insights overview over 100,000 incidents with 2,000,000 timeline events
 * (BENCH_INCIDENTS, BENCH_EVENTS), a third of them reviewed with factors and action items.
 * Generation time is reported apart; the figure is the overview's time, median of BENCH_RUNS.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import {
  type IncidentId,
  incidentKeyOf,
  type ServiceId,
  type WorkspaceId,
} from '../src/domain/ids.js';
import type { Incident, Severity } from '../src/domain/incident.js';
import { type Instant, instantFromEpochMs } from '../src/domain/instant.js';
import type { Review, ReviewId } from '../src/domain/review/index.js';
import {
  insertActionItems,
  insertIncident,
  insertReview,
  insertService,
  insertTimelineEvents,
  migrateToLatest,
  type StoredActionItem,
} from '../src/storage/index.js';
import { newId } from '../src/storage/new-id.js';
import type { UseCaseContext } from '../src/usecases/context.js';
import { getInsightsOverview, insightQueryOf } from '../src/usecases/insights.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';
import { buildBenchEvents } from './bench-timeline.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const incidentCount = positiveIntFromEnv('BENCH_INCIDENTS', 100_000);
const eventCount = positiveIntFromEnv('BENCH_EVENTS', 2_000_000);
const runs = positiveIntFromEnv('BENCH_RUNS', 5);
const perIncident = Math.max(1, Math.floor(eventCount / incidentCount));
const NOW_MS = Date.UTC(2026, 5, 30, 12);
// Incidents one every 10 minutes, ending at NOW: 100,000 span about 694 days.
const SPACING_MS = 600_000;
const SEVERITIES: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const SERVICES = Array.from({ length: 40 }, (_, i) => `svc-${i}`);
const CATEGORIES = ['technical', 'process', 'tooling', 'external', 'organizational', 'human'];

function buildIncident(workspaceId: WorkspaceId, number: number): Incident {
  const startMs = NOW_MS - (incidentCount - number + 1) * SPACING_MS;
  const at = (minutes: number) => instantFromEpochMs(startMs + minutes * 60_000);
  const status = number % 97 === 0 ? 'cancelled' : number % 53 === 0 ? 'investigating' : 'resolved';
  return {
    id: newId() as IncidentId,
    workspaceId,
    key: incidentKeyOf('INC', number),
    title: `Synthetic incident ${number}`,
    severity: SEVERITIES[number % 4]!,
    status,
    summary: '',
    customerImpact: '',
    services: [
      SERVICES[number % 40]!,
      ...(number % 5 === 0 ? [SERVICES[(number + 17) % 40]!] : []),
    ],
    tags: [],
    roles: [],
    participants: [],
    private: false,
    timeZone: 'UTC',
    milestones: {
      impactStarted: number % 11 === 0 ? null : at(0),
      detected: at(2 + (number % 13)),
      acknowledged: at(4 + (number % 17)),
      mitigated: status === 'investigating' ? null : at(20 + (number % 41)),
      resolved: status === 'resolved' ? at(60 + (number % 97)) : null,
      customersNotified: null,
    },
    version: 1,
    createdAt: at(1),
    createdBy: 'bench',
    updatedAt: at(1),
    updatedBy: 'bench',
  };
}

function buildReview(
  incident: Incident,
  number: number,
): { review: Review; items: StoredActionItem[] } {
  const reviewId = newId() as ReviewId;
  const created = incident.createdAt;
  const published =
    number % 2 === 0 ? instantFromEpochMs(Date.parse(created) + 4 * 86_400_000) : null;
  const items: StoredActionItem[] = [0, 1].map((position) => ({
    id: newId(),
    title: `Synthetic action ${number}.${position}`,
    owner: 'amara',
    dueDate: instantFromEpochMs(Date.parse(created) + 30 * 86_400_000).slice(0, 10),
    horizon: 'short',
    type: 'prevent',
    impact: 3,
    effort: 2,
    successCriteria: '',
    validationMethod: '',
    status: (['open', 'in_progress', 'done', 'verified'] as const)[(number + position) % 4]!,
    wontDoReason: null,
    verification: null,
    doneAt:
      (number + position) % 4 >= 2
        ? instantFromEpochMs(Date.parse(created) + 20 * 86_400_000)
        : null,
    trackerUrl: null,
    workspaceId: incident.workspaceId,
    reviewId,
    incidentId: incident.id,
    position,
    version: 1,
    createdAt: created,
    createdBy: 'bench',
    updatedAt: created,
    updatedBy: 'bench',
  }));
  const review: Review = {
    id: reviewId,
    workspaceId: incident.workspaceId,
    incidentId: incident.id,
    status: published ? 'published' : 'draft',
    authors: ['amara'],
    reviewers: [],
    summary: 'Synthetic review.',
    impact: {
      usersAffected: null,
      customersAffected: null,
      impactFraction: 0.3,
      durationMinutes: 45,
      revenuePerHour: 2000,
      responderHours: 3,
      hourlyRate: 90,
      slaCredits: 0,
      currency: 'EUR',
      notes: '',
    },
    lessons: { wentWell: [], wentWrong: [], gotLucky: [] },
    whyTrees: [],
    factors: [
      {
        id: 'f1',
        category: CATEGORIES[number % CATEGORIES.length]!,
        description: 'Synthetic factor',
        evidenceEventIds: [],
        actionItemIds: [items[0]!.id],
        acceptedRisk: null,
        whyNodeIds: [],
      },
    ],
    actionItems: [],
    meeting: { at: null, attendees: [] },
    publishOverride: null,
    followUp: null,
    templateId: 'default',
    version: 1,
    createdAt: created,
    createdBy: 'bench',
    updatedAt: created,
    updatedBy: 'bench',
    submittedAt: null,
    approvedAt: null,
    publishedAt: published,
  };
  return { review, items };
}

const target = await createBenchDatabase(dialect);
const database = target.open();
try {
  await migrateToLatest(database);
  const { workspace } = await ensureDefaultWorkspace(
    database,
    instantFromEpochMs(Date.UTC(2024, 0, 1)),
  );
  for (const [i, name] of SERVICES.entries()) {
    await insertService(database.db, {
      id: newId() as ServiceId,
      workspaceId: workspace.id,
      name,
      owningTeam: `team-${i % 8}`,
      sloTarget: i % 4 === 0 ? null : 0.999,
      sloWindowDays: 30,
      revenuePerHour: 1000,
      tags: [],
      version: 1,
      createdAt: workspace.createdAt,
      updatedAt: workspace.createdAt,
    });
  }
  const generateStart = performance.now();
  const BATCH = 500;
  for (let first = 1; first <= incidentCount; first += BATCH) {
    const last = Math.min(incidentCount, first + BATCH - 1);
    await database.db.transaction().execute(async (db) => {
      const events = [];
      const items: StoredActionItem[] = [];
      for (let number = first; number <= last; number++) {
        const incident = buildIncident(workspace.id, number);
        await insertIncident(db, incident, number);
        events.push(...buildBenchEvents(incident, perIncident));
        if (number % 3 === 0) {
          const built = buildReview(incident, number);
          await insertReview(db, built.review, null);
          items.push(...built.items);
        }
      }
      await insertTimelineEvents(db, events);
      await insertActionItems(db, items);
    });
  }
  const generateSeconds = (performance.now() - generateStart) / 1000;
  // Autovacuum follows a bulk load on a live PostgreSQL: planner statistics, and the visibility
  // map that lets the stamp and freeze counts read their covering indexes without visiting rows.
  // Measure the state a server settles in, not the minutes after this load (as library-search does).
  if (dialect === 'postgres') await sql`vacuum analyze`.execute(database.db);

  const ctx: UseCaseContext = {
    database,
    workspace,
    actor: { name: 'bench', kind: 'owner' },
    clock: () => instantFromEpochMs(NOW_MS) as Instant,
  };
  const query = insightQueryOf(ctx, { period: 'week' });
  // The overview is remembered under a stamp of the workspace's data (usecases/insight-cache.ts).
  // A cold run follows a write that changes the stamp, as the first view after any edit does;
  // a warm run asks again with nothing changed.
  const touchData = () =>
    database.db
      .updateTable('services')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('workspace_id', '=', workspace.id)
      .where('name', '=', SERVICES[0]!)
      .execute();
  const timings: number[] = [];
  const warmTimings: number[] = [];
  let firstMs = 0;
  let figures = 0;
  for (let run = 0; run < runs + 1; run++) {
    await touchData();
    const start = performance.now();
    const overview = await getInsightsOverview(ctx, query);
    const elapsed = performance.now() - start;
    figures = overview.response.figures.length;
    const warmStart = performance.now();
    await getInsightsOverview(ctx, query);
    const warm = performance.now() - warmStart;
    // The first run also warms the JIT and the page cache, so it is reported apart.
    if (run > 0) {
      timings.push(elapsed);
      warmTimings.push(warm);
    } else firstMs = elapsed;
  }
  timings.sort((a, b) => a - b);
  warmTimings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  const warmMedian = warmTimings[Math.floor(warmTimings.length / 2)]!;
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  printTable(`insights overview (${dialect})`, [
    ['incidents', formatNumber(incidentCount)],
    ['timeline events', formatNumber(perIncident * incidentCount)],
    ['reviewed incidents', formatNumber(Math.floor(incidentCount / 3))],
    ['generation (s)', generateSeconds.toFixed(1)],
    ['range', `${query.from} → ${query.to} by week`],
    ['first call, cold process (ms)', firstMs.toFixed(0)],
    ['overview after a change, median (ms)', median.toFixed(0)],
    ['the same, min / max (ms)', `${timings[0]!.toFixed(0)} / ${timings.at(-1)!.toFixed(0)}`],
    ['overview asked again, unchanged, median (ms)', warmMedian.toFixed(1)],
    ['response figures', formatNumber(figures)],
    ['load average 1/5/15 min', load],
  ]);
  appendResult(`insights-overview-${dialect}`, {
    incidents: incidentCount,
    events: perIncident * incidentCount,
    overviewFirstMs: Math.round(firstMs),
    overviewMedianMs: Math.round(median),
    overviewMinMs: Math.round(timings[0]!),
    overviewMaxMs: Math.round(timings.at(-1)!),
    overviewWarmMedianMs: Number(warmMedian.toFixed(1)),
    generateSeconds: Math.round(generateSeconds),
    loadAverage: load,
  });
} finally {
  await database.close();
  await target.dispose();
}
