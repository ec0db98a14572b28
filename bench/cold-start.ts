/**
 * @module Benchmark: cold start of the built `hindsight serve` on an existing, migrated database
 * holding data, from spawning the process to the first 200 from /readyz; median of several runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { instantFromEpochMs } from '../src/domain/instant.js';
import { insertIncident, insertTimelineEvents, migrateToLatest } from '../src/storage/index.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatMiB, formatNumber, printTable } from './bench-report.js';
import { buildBenchEvents, buildBenchIncident } from './bench-timeline.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const runs = positiveIntFromEnv('BENCH_COLD_RUNS', 5);
const incidentCount = positiveIntFromEnv('BENCH_COLD_INCIDENTS', 1_000);
const eventsPerIncident = 100;
const runTimeoutMs = 30_000;

const builtCli = join(process.cwd(), 'dist', 'cli', 'run.js');
if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run "npm run build" first`);

const target = await createBenchDatabase(dialect);
const database = target.open();
await migrateToLatest(database);
const { workspace } = await ensureDefaultWorkspace(
  database,
  instantFromEpochMs(Date.UTC(2026, 0, 1)),
);
for (let first = 1; first <= incidentCount; first += 100) {
  await database.db.transaction().execute(async (db) => {
    for (let number = first; number < Math.min(first + 100, incidentCount + 1); number++) {
      const incident = buildBenchIncident(workspace.id, number);
      await insertIncident(db, incident, number);
      await insertTimelineEvents(db, buildBenchEvents(incident, eventsPerIncident));
    }
  });
}
await database.close();
const sizeBytes = await target.sizeBytes();

const env: Record<string, string | undefined> = { ...process.env };
for (const name of ['DATABASE_URL', 'HINDSIGHT_DATA_DIR', 'HINDSIGHT_API_TOKEN', 'HOST']) {
  delete env[name];
}
Object.assign(env, target.serverEnv, {
  PORT: '0',
  HOST: '127.0.0.1',
  HINDSIGHT_DEMO: 'false',
  LOG_LEVEL: 'warn',
});

const timings: { readyMs: number; listeningMs: number }[] = [];
try {
  for (let run = 0; run < runs; run++) timings.push(await startOnce());
} finally {
  await target.dispose();
}

const ready = timings.map((t) => t.readyMs).sort((a, b) => a - b);
const listening = timings.map((t) => t.listeningMs).sort((a, b) => a - b);
const figures = {
  dialect,
  runs,
  incidents: incidentCount,
  events: incidentCount * eventsPerIncident,
  databaseBytes: sizeBytes,
  readyMs: timings.map((t) => Math.round(t.readyMs)),
  medianReadyMs: Math.round(median(ready)),
  medianListeningMs: Math.round(median(listening)),
};
printTable(`cold start of hindsight serve (dist) to first 200 from /readyz (${dialect})`, [
  ['data', `${formatNumber(incidentCount)} incidents, ${formatNumber(figures.events)} events`],
  [dialect === 'sqlite' ? 'database file' : 'pg_database_size', formatMiB(sizeBytes)],
  ['runs (ms to ready)', figures.readyMs.join(', ')],
  ['median to "serving on" line', `${formatNumber(figures.medianListeningMs)} ms`],
  ['median to first 200 /readyz', `${formatNumber(figures.medianReadyMs)} ms`],
]);
appendResult('cold-start', figures);

/** Spawns the server, waits for its URL on stdout, polls /readyz, then stops it. */
async function startOnce(): Promise<{ readyMs: number; listeningMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/hindsight.js', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const deadline = started + runTimeoutMs;
    const url = await serverUrlOf(child, runTimeoutMs);
    const listeningMs = performance.now() - started;
    while (performance.now() < deadline) {
      const status = await fetch(`${url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return { readyMs: performance.now() - started, listeningMs };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`/readyz did not answer 200 within ${runTimeoutMs} ms`);
  } finally {
    await stop(child);
  }
}

function serverUrlOf(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no URL within ${timeoutMs} ms: ${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hindsight serve exited with ${code} before serving: ${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
