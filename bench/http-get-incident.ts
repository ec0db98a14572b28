/**
 * @module Benchmark: `GET /api/v1/incidents/{key}` of an incident with 500 events, over loopback
 * against the real app and server stack, beside a bare route serving the same bytes.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { createApp } from '../src/api/app.js';
import { systemClock } from '../src/clock.js';
import { instantFromEpochMs } from '../src/domain/instant.js';
import { insertIncident, insertTimelineEvents, migrateToLatest } from '../src/storage/index.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';
import { buildBenchEvents, buildBenchIncident } from './bench-timeline.js';
import { type LoadFigures, runAutocannon } from './run-autocannon.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const eventCount = positiveIntFromEnv('BENCH_HTTP_EVENTS', 500);
const connections = positiveIntFromEnv('BENCH_HTTP_CONNECTIONS', 32);
const seconds = positiveIntFromEnv('BENCH_HTTP_SECONDS', 10);
const warmupSeconds = 2;

const target = await createBenchDatabase(dialect);
const database = target.open();
await migrateToLatest(database);
const { workspace } = await ensureDefaultWorkspace(
  database,
  instantFromEpochMs(Date.UTC(2026, 0, 1)),
);
const incident = buildBenchIncident(workspace.id, 1);
await database.db.transaction().execute(async (db) => {
  await insertIncident(db, incident, 1);
  await insertTimelineEvents(db, buildBenchEvents(incident, eventCount));
});

const app = createApp({
  database,
  logger: pino({ level: 'silent' }),
  clock: systemClock,
  apiToken: null,
  ownerName: 'bench',
  maxBodyBytes: 1024 * 1024,
});
const appUrl = `${await listen(app.fetch)}/api/v1/incidents/${incident.key}`;

const first = await fetch(appUrl);
const body = new Uint8Array(await first.arrayBuffer());
const parsed = JSON.parse(new TextDecoder().decode(body)) as { events?: unknown[] };
if (first.status !== 200 || parsed.events?.length !== eventCount) {
  throw new Error(`GET ${appUrl}: status ${first.status}, ${parsed.events?.length} events`);
}

// The same server stack answering the same bytes without routing, auth, queries or JSON work.
const bare = new Hono();
bare.get('/bare', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
const bareUrl = `${await listen(bare.fetch)}/bare`;

const appFigures = await measure(appUrl);
const bareFigures = await measure(bareUrl);
await database.close();
await target.dispose();

printTable(
  `GET /api/v1/incidents/{key}, ${eventCount} events, ${connections} connections, ${seconds} s (${dialect})`,
  [
    ['response body', `${formatNumber(body.length)} bytes`],
    ['app req/s', formatNumber(appFigures.load.requestsPerSecond)],
    ['app p50 / p99 / max', latencies(appFigures.load)],
    ['app server CPU per request', `${formatNumber(appFigures.cpuMsPerRequest, 3)} ms`],
    ['bare route req/s', formatNumber(bareFigures.load.requestsPerSecond)],
    ['bare p50 / p99 / max', latencies(bareFigures.load)],
    ['bare server CPU per request', `${formatNumber(bareFigures.cpuMsPerRequest, 3)} ms`],
    [
      'app / bare throughput',
      formatNumber(appFigures.load.requestsPerSecond / bareFigures.load.requestsPerSecond, 3),
    ],
    ['non-2xx / errors (app, bare)', `${count(appFigures.load)}, ${count(bareFigures.load)}`],
  ],
);
appendResult('http-get-incident', {
  dialect,
  events: eventCount,
  bodyBytes: body.length,
  connections,
  seconds,
  app: { ...appFigures.load, cpuMsPerRequest: appFigures.cpuMsPerRequest },
  bare: { ...bareFigures.load, cpuMsPerRequest: bareFigures.cpuMsPerRequest },
  appToBareRatio: appFigures.load.requestsPerSecond / bareFigures.load.requestsPerSecond,
});
process.exit(0);

async function listen(fetchHandler: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no server address');
  return `http://127.0.0.1:${address.port}`;
}

/** A short warm-up (discarded), then the measured run; with this process's CPU time per request. */
async function measure(url: string): Promise<{ load: LoadFigures; cpuMsPerRequest: number }> {
  await runAutocannon(url, { connections, seconds: warmupSeconds });
  const before = process.cpuUsage();
  const load = await runAutocannon(url, { connections, seconds });
  const used = process.cpuUsage(before);
  return { load, cpuMsPerRequest: (used.user + used.system) / 1000 / load.requests };
}

function latencies(load: LoadFigures): string {
  return `${load.p50Ms} / ${load.p99Ms} / ${load.maxMs} ms`;
}

function count(load: LoadFigures): string {
  return `${load.non2xx}/${load.errors + load.timeouts}`;
}
