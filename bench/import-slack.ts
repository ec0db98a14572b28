/**
 * @module Benchmark: `importSlackExport` of a generated Slack export folder (100,000 messages in
 * one channel by default, 1,000 a day, with threads and bots) onto one incident on SQLite.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Instant } from '../src/domain/instant.js';
import { migrateToLatest } from '../src/storage/index.js';
import { importSlackExport, openSlackExport } from '../src/usecases/import-slack.js';
import { createIncident } from '../src/usecases/incidents.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatMiB, formatNumber, peakRssBytes, printTable } from './bench-report.js';

const messages = positiveIntFromEnv('BENCH_MESSAGES', 100_000);
const perDay = 1000;
const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-slack-'));
mkdirSync(join(dir, 'incident-bench'));
writeFileSync(
  join(dir, 'channels.json'),
  JSON.stringify([{ id: 'C0BENCH', name: 'incident-bench' }]),
);
writeFileSync(
  join(dir, 'users.json'),
  JSON.stringify(
    Array.from({ length: 50 }, (_, i) => ({
      id: `U${i}`,
      name: `user${i}`,
      real_name: `User ${i}`,
    })),
  ),
);
const startSeconds = Date.UTC(2026, 0, 1) / 1000;
for (let day = 0; day * perDay < messages; day++) {
  const list = [];
  for (let i = 0; i < perDay && day * perDay + i < messages; i++) {
    const n = day * perDay + i;
    const ts = `${startSeconds + day * 86_400 + i * 60}.${String(n % 1_000_000).padStart(6, '0')}`;
    list.push(
      n % 50 === 0
        ? { type: 'message', bot_id: 'B1', username: 'Grafana', text: `Alert ${n} firing`, ts }
        : {
            type: 'message',
            user: `U${n % 50}`,
            text: `Checked <@U${(n + 1) % 50}> dashboards, step ${n}`,
            ts,
            ...(n % 10 === 1 ? { thread_ts: ts } : {}),
          },
    );
  }
  const date = new Date((startSeconds + day * 86_400) * 1000).toISOString().slice(0, 10);
  writeFileSync(join(dir, 'incident-bench', `${date}.json`), JSON.stringify(list));
}

const target = await createBenchDatabase('sqlite');
const database = target.open();
await migrateToLatest(database);
const clock = () => new Date().toISOString() as Instant;
const { workspace } = await ensureDefaultWorkspace(database, clock());
const ctx = { database, workspace, actor: { name: 'bench', kind: 'owner' as const }, clock };
const incident = await createIncident(ctx, { title: 'Bench slack', severity: 'SEV2' });

const started = performance.now();
const summary = await importSlackExport(ctx, incident.key, await openSlackExport(dir), {
  channel: 'incident-bench',
  from: null,
  to: null,
});
const seconds = (performance.now() - started) / 1000;
const figures = {
  messages,
  imported: summary.imported,
  seconds,
  messagesPerSecond: summary.imported / seconds,
  peakRssBytes: peakRssBytes(),
};
printTable(`import a Slack export of ${formatNumber(messages)} messages (SQLite)`, [
  ['imported', formatNumber(summary.imported)],
  ['seconds', formatNumber(seconds, 2)],
  ['messages/s', formatNumber(figures.messagesPerSecond)],
  ['peak RSS', formatMiB(figures.peakRssBytes)],
]);
appendResult('import-slack', figures);
await database.close();
await target.dispose();
rmSync(dir, { recursive: true, force: true });
