/**
 * @module Benchmark: bulk insert of timeline events (1,000,000 across 10,000 incidents by default)
 * into a fresh database through the storage layer, in transactions of BENCH_TX_EVENTS events.
 */
import { performance } from 'node:perf_hooks';
import type { Incident } from '../src/domain/incident.js';
import { instantFromEpochMs } from '../src/domain/instant.js';
import type { TimelineEvent } from '../src/domain/timeline-event.js';
import { insertIncident, insertTimelineEvents, migrateToLatest } from '../src/storage/index.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatMiB, formatNumber, peakRssBytes, printTable } from './bench-report.js';
import { buildBenchEvents, buildBenchIncident } from './bench-timeline.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const totalEvents = positiveIntFromEnv('BENCH_EVENTS', 1_000_000);
const perIncident = positiveIntFromEnv('BENCH_EVENTS_PER_INCIDENT', 100);
const perTransaction = positiveIntFromEnv('BENCH_TX_EVENTS', 10_000);
const maxSeconds = positiveIntFromEnv('BENCH_MAX_SECONDS', 600);

const incidentCount = Math.ceil(totalEvents / perIncident);
const incidentsPerTransaction = Math.max(1, Math.floor(perTransaction / perIncident));

const target = await createBenchDatabase(dialect);
const database = target.open();
await migrateToLatest(database);
const { workspace } = await ensureDefaultWorkspace(
  database,
  instantFromEpochMs(Date.UTC(2026, 0, 1)),
);

let inserted = 0;
let generateMs = 0;
let timedOut = false;
const started = performance.now();
for (let first = 1; first <= incidentCount; first += incidentsPerTransaction) {
  if ((performance.now() - started) / 1000 > maxSeconds) {
    timedOut = true;
    break;
  }
  const generateStart = performance.now();
  const incidents: Incident[] = [];
  const events: TimelineEvent[] = [];
  const last = Math.min(incidentCount, first + incidentsPerTransaction - 1);
  for (let number = first; number <= last; number++) {
    const incident = buildBenchIncident(workspace.id, number);
    const count = Math.min(perIncident, totalEvents - (number - 1) * perIncident);
    incidents.push(incident);
    events.push(...buildBenchEvents(incident, count));
  }
  generateMs += performance.now() - generateStart;
  await database.db.transaction().execute(async (db) => {
    for (const incident of incidents) {
      await insertIncident(db, incident, Number(incident.key.slice('INC-'.length)));
    }
    await insertTimelineEvents(db, events);
  });
  inserted += events.length;
}
const totalMs = performance.now() - started;

const stored = await database.db
  .selectFrom('timeline_events')
  .select((eb) => eb.fn.countAll().as('count'))
  .executeTakeFirstOrThrow();
if (Number(stored.count) !== inserted) {
  throw new Error(`expected ${inserted} stored events, found ${String(stored.count)}`);
}
await database.close();
const sizeBytes = await target.sizeBytes();
await target.dispose();

const seconds = totalMs / 1000;
const figures = {
  dialect,
  events: inserted,
  incidents: Math.ceil(inserted / perIncident),
  eventsPerIncident: perIncident,
  eventsPerTransaction: incidentsPerTransaction * perIncident,
  timedOut,
  seconds: Number(seconds.toFixed(2)),
  eventsPerSecond: Math.round(inserted / seconds),
  generateSeconds: Number((generateMs / 1000).toFixed(2)),
  storageEventsPerSecond: Math.round(inserted / ((totalMs - generateMs) / 1000)),
  databaseBytes: sizeBytes,
  peakRssBytes: peakRssBytes(),
};
printTable(`bulk insert of timeline events (${dialect})`, [
  ['events inserted', formatNumber(figures.events)],
  ['incidents', formatNumber(figures.incidents)],
  ['events per transaction', formatNumber(figures.eventsPerTransaction)],
  ['total time', `${formatNumber(seconds, 2)} s${timedOut ? ' (stopped at time limit)' : ''}`],
  ['events/s (wall)', formatNumber(figures.eventsPerSecond)],
  ['of which building objects', `${formatNumber(figures.generateSeconds, 2)} s`],
  ['events/s (storage only)', formatNumber(figures.storageEventsPerSecond)],
  [dialect === 'sqlite' ? 'database file' : 'pg_database_size', formatMiB(sizeBytes)],
  ['peak RSS', formatMiB(figures.peakRssBytes)],
]);
appendResult('bulk-insert', figures);
