/**
 * @module Benchmark: `GET /api/v1/incidents/{key}/review` of a review with 50 action items, 10
 * why-trees and 500 timeline events, over loopback against the real app and server stack.
 */
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../src/api/app.js';
import { systemClock } from '../src/clock.js';
import { instantFromEpochMs } from '../src/domain/instant.js';
import { insertIncident, insertTimelineEvents, migrateToLatest } from '../src/storage/index.js';
import { createActionItem } from '../src/usecases/action-items.js';
import type { UseCaseContext } from '../src/usecases/context.js';
import { startReview, updateReview } from '../src/usecases/reviews.js';
import { ensureDefaultWorkspace } from '../src/usecases/workspaces.js';
import { createBenchDatabase } from './bench-database.js';
import { dialectFromArgs, positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';
import { buildBenchEvents, buildBenchIncident } from './bench-timeline.js';
import { runAutocannon } from './run-autocannon.js';

const dialect = dialectFromArgs(process.argv.slice(2));
const connections = positiveIntFromEnv('BENCH_HTTP_CONNECTIONS', 32);
const seconds = positiveIntFromEnv('BENCH_HTTP_SECONDS', 10);
const eventCount = 500;
const itemCount = 50;
const treeCount = 10;

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

const ctx: UseCaseContext = {
  database,
  workspace,
  actor: { name: 'bench', kind: 'owner' },
  clock: systemClock,
};
const started = await startReview(ctx, incident.key, {
  authors: ['Ana Silva'],
  reviewers: ['Ravi Patel'],
});
const itemIds: string[] = [];
for (let i = 0; i < itemCount; i++) {
  const item = await createActionItem(ctx, incident.key, {
    title: `Alert when settlement queue ${i} is older than ${5 + (i % 10)} minutes`,
    owner: `Owner ${i % 7}`,
    horizon: (['immediate', 'short', 'long'] as const)[i % 3],
    type: 'detect',
    impact: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
    effort: (((i * 3) % 5) + 1) as 1 | 2 | 3 | 4 | 5,
    successCriteria: `A stalled queue ${i} pages the on-call within ten minutes in a drill`,
    validationMethod: `Pause consumer ${i} in staging and time the page`,
  });
  itemIds.push(item.id);
}
const node = (id: string, depth: number): Record<string, unknown> => ({
  id,
  text: `Answer ${id}: the rollout of worker settings had no staged canary at level ${depth}`,
  ...(depth === 4 ? { rootCause: true, category: 'process' } : {}),
  children: depth < 4 ? [node(`${id}.${depth}`, depth + 1)] : [],
});
await updateReview(
  ctx,
  incident.key,
  {
    summary: 'Card payments failed for forty minutes while settlement workers stood idle.',
    whyTrees: Array.from({ length: treeCount }, (_, t) => ({
      id: `t${t}`,
      question: `Why did part ${t} of checkout fail?`,
      answers: [node(`n${t}`, 1) as never, node(`m${t}`, 1) as never],
    })),
    factors: Array.from({ length: treeCount }, (_, t) => ({
      id: `f${t}`,
      category: 'process',
      description: `Worker setting changes skip the staged rollout (area ${t})`,
      actionItemIds: [itemIds[t] as string],
      whyNodeIds: [`n${t}.1.2.3`],
    })),
  },
  started.review.version,
);

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
if (typeof address !== 'object' || address === null) throw new Error('no server address');
const url = `http://127.0.0.1:${address.port}/api/v1/incidents/${incident.key}/review`;

const first = await fetch(url);
const body = await first.text();
const parsed = JSON.parse(body) as { review?: { actionItems: unknown[]; whyTrees: unknown[] } };
if (
  first.status !== 200 ||
  parsed.review?.actionItems.length !== itemCount ||
  parsed.review.whyTrees.length !== treeCount
) {
  throw new Error(`GET ${url}: status ${first.status}: ${body.slice(0, 300)}`);
}

await runAutocannon(url, { connections, seconds: 2 });
const before = process.cpuUsage();
const load = await runAutocannon(url, { connections, seconds });
const used = process.cpuUsage(before);
const cpuMsPerRequest = (used.user + used.system) / 1000 / load.requests;
await database.close();
await target.dispose();

printTable(
  `GET /api/v1/incidents/{key}/review: ${itemCount} items, ${treeCount} why-trees, ${eventCount} events, ${connections} connections, ${seconds} s (${dialect})`,
  [
    ['response body', `${formatNumber(body.length)} bytes`],
    ['req/s', formatNumber(load.requestsPerSecond)],
    ['p50 / p99 / max', `${load.p50Ms} / ${load.p99Ms} / ${load.maxMs} ms`],
    ['server CPU per request', `${formatNumber(cpuMsPerRequest, 3)} ms`],
    ['non-2xx / errors', `${load.non2xx}/${load.errors + load.timeouts}`],
  ],
);
appendResult('review-get', {
  dialect,
  items: itemCount,
  whyTrees: treeCount,
  events: eventCount,
  bodyBytes: body.length,
  connections,
  seconds,
  ...load,
  cpuMsPerRequest,
});
process.exit(0);
