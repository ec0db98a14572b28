/**
 * @module Benchmark: `importTimelineEvents` of a generated JSONL file (1,000,000 rows by default,
 * each with a source id) onto one incident on SQLite, streamed, with resident memory sampled.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Instant } from '../src/domain/instant.js';
import { eventRowsFromChunks } from '../src/ingest/events-file/event-rows.js';
import { migrateToLatest } from '../src/storage/index.js';
import { importTimelineEvents } from '../src/usecases/import-events.js';
import { createIncident } from '../src/usecases/incidents.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatMiB, formatNumber, peakRssBytes, printTable } from './bench-report.js';

const rows = positiveIntFromEnv('BENCH_ROWS', 1_000_000);
const withIds = process.env.BENCH_SOURCE_IDS !== '0';
const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-jsonl-'));
const file = join(dir, 'events.jsonl');

async function writeFile(): Promise<void> {
  const out = createWriteStream(file);
  const base = Date.UTC(2026, 2, 12, 9, 0, 0);
  const kinds = ['alert', 'action', 'communication', 'note', 'deploy'];
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const time = new Date(base + i * 250).toISOString();
    const id = withIds ? `, "source id": "row-${i}"` : '';
    chunk += `{"time": "${time}", "kind": "${kinds[i % 5]}", "actor": "responder-${i % 40}", "text": "Step ${i}: checked the checkout queue depth and the payment client error rate"${id}}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

await writeFile();
const rssBeforeImport = process.memoryUsage().rss;
const target = await createBenchDatabase('sqlite');
const database = target.open();
await migrateToLatest(database);
const clock = () => new Date().toISOString() as Instant;
const { workspace } = await ensureDefaultWorkspace(database, clock());
const ctx = { database, workspace, actor: { name: 'bench', kind: 'owner' as const }, clock };
const incident = await createIncident(ctx, { title: 'Bench import', severity: 'SEV2' });

const rssSamples: number[] = [];
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await importTimelineEvents(
  ctx,
  incident.key,
  eventRowsFromChunks(
    createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    'jsonl',
    null,
  ),
  {
    origin: file,
    onProgress: (read) => {
      if (read % 100_000 === 0) rssSamples.push(process.memoryUsage().rss);
    },
  },
);
const seconds = (performance.now() - started) / 1000;
// CPU time of this process (every thread), which other work on a shared machine barely moves.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const stored = await database.db
  .selectFrom('timeline_events')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('incident_id', '=', incident.id)
  .executeTakeFirstOrThrow();

const figures = {
  rows,
  sourceIds: withIds,
  fileBytes: statSync(file).size,
  seconds,
  eventsPerSecond: summary.imported / seconds,
  cpuSeconds,
  eventsPerCpuSecond: summary.imported / cpuSeconds,
  storedEvents: Number(stored.n),
  rssBeforeImportBytes: rssBeforeImport,
  rssSamplesMiB: rssSamples.map((bytes) => Math.round(bytes / 1024 / 1024)),
  peakRssBytes: peakRssBytes(),
};
printTable(`import ${formatNumber(rows)} JSONL events (SQLite, source ids: ${withIds})`, [
  ['file', formatMiB(figures.fileBytes)],
  ['seconds', formatNumber(seconds, 1)],
  ['events/s', formatNumber(figures.eventsPerSecond)],
  ['CPU seconds', formatNumber(cpuSeconds, 1)],
  ['events per CPU second', formatNumber(figures.eventsPerCpuSecond)],
  ['stored events', formatNumber(figures.storedEvents)],
  ['RSS before import', formatMiB(rssBeforeImport)],
  ['RSS every 100k rows (MiB)', figures.rssSamplesMiB.join(' ')],
  ['peak RSS', formatMiB(figures.peakRssBytes)],
]);
appendResult('import-jsonl', figures);
await database.close();
await target.dispose();
rmSync(dir, { recursive: true, force: true });
