/**
 * @module Benchmark: POST /hooks/{id} (generic source) at BENCH_CONNECTIONS concurrent keep-alive
 * connections for BENCH_SECONDS on SQLite, with one delivery in ten sent again (a redelivery).
 * Afterwards it counts the stored signals: every distinct delivery answered 2xx must be stored
 * exactly once. The load generator runs in the same process as the server.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../src/api/app.js';
import { systemClock } from '../src/clock.js';
import { migrateToLatest } from '../src/storage/index.js';
import { createIntegration } from '../src/usecases/integrations.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';

const connections = positiveIntFromEnv('BENCH_CONNECTIONS', 64);
const durationMs = positiveIntFromEnv('BENCH_SECONDS', 10) * 1000;

const target = await createBenchDatabase('sqlite');
const database = target.open();
await migrateToLatest(database);
const { workspace } = await ensureDefaultWorkspace(database, systemClock());
const ctx = {
  database,
  workspace,
  actor: { name: 'bench', kind: 'owner' as const },
  clock: systemClock,
};
const integration = await createIntegration(ctx, { source: 'generic' });
const app = createApp({
  database,
  logger: pino({ level: 'silent' }),
  clock: systemClock,
  apiToken: null,
  ownerName: 'bench',
  maxBodyBytes: 1024 * 1024,
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const agent = new Agent({ keepAlive: true, maxSockets: connections });

function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/hooks/${integration.id}`,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${integration.secret}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let next = 0;
const accepted = new Set<number>();
/** Deliveries already answered 2xx, so a redelivery really repeats one. */
const acceptedList: number[] = [];
const latencies: number[] = [];
let redeliveries = 0;
let failures = 0;
const deadline = performance.now() + durationMs;

async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    // One in ten requests repeats a delivery already answered, as a retrying sender would.
    const redeliver = acceptedList.length > 0 && next % 10 === 9;
    const id = redeliver
      ? acceptedList[
          acceptedList.length - 1 - Math.floor(Math.random() * Math.min(acceptedList.length, 100))
        ]!
      : next;
    next += 1;
    const body = JSON.stringify({
      id: `delivery-${id}`,
      at: new Date(Date.UTC(2026, 2, 12, 9) + id * 1000).toISOString(),
      kind: 'alert_fired',
      title: `Checkout error rate high (${id})`,
      text: 'p99 over 2s for 5 minutes',
      service: 'checkout',
      labels: { region: 'eu-west', severity: 'page' },
    });
    const started = performance.now();
    const status = await post(body);
    latencies.push(performance.now() - started);
    if (status === 200) {
      if (redeliver) redeliveries += 1;
      else acceptedList.push(id);
      accepted.add(id);
    } else failures += 1;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: connections }, () => worker()));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
await new Promise<void>((resolve) => server.close(() => resolve()));

const stored = await database.db.selectFrom('signals').select(['dedupe_key']).execute();
const storedKeys = new Set(stored.map((row) => row.dedupe_key));
const missing = [...accepted].filter((id) => !storedKeys.has(`delivery-${id}`)).length;
latencies.sort((a, b) => a - b);
const p = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
const figures = {
  connections,
  seconds,
  requests: latencies.length,
  requestsPerSecond: latencies.length / seconds,
  p50Ms: p(0.5),
  p99Ms: p(0.99),
  failures,
  redeliveries,
  distinctAccepted: accepted.size,
  storedRows: stored.length,
  storedDistinctKeys: storedKeys.size,
  missing,
};
printTable(`webhook intake, ${connections} connections, ${formatNumber(seconds, 1)} s (SQLite)`, [
  ['requests', formatNumber(figures.requests)],
  ['req/s', formatNumber(figures.requestsPerSecond)],
  ['p50 ms', formatNumber(figures.p50Ms, 1)],
  ['p99 ms', formatNumber(figures.p99Ms, 1)],
  ['non-2xx', formatNumber(failures)],
  ['redeliveries answered 2xx', formatNumber(redeliveries)],
  ['distinct deliveries answered 2xx', formatNumber(accepted.size)],
  ['signal rows stored', formatNumber(stored.length)],
  ['accepted but not stored', formatNumber(missing)],
]);
appendResult('webhook-intake', figures);
await database.close();
await target.dispose();
if (missing > 0 || stored.length !== accepted.size) process.exitCode = 1;
