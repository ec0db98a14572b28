/** @module Generates a large, varied library for the search benchmark: incidents, timelines, reviews and items, written in bulk. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../src/storage/index.js';

const SERVICES = [
  'checkout',
  'payments',
  'search',
  'identity',
  'orders-db',
  'notifications',
  'catalog',
  'cache',
  'edge-proxy',
  'webhooks',
  'inventory',
  'mobile-api',
  'public-api',
  'reporting',
  'deploy-pipeline',
  'wiki',
  'payroll',
  'billing',
  'ledger',
  'shipping',
];
const TAGS = [
  'certificates',
  'database',
  'queue',
  'dns',
  'deploy',
  'vendor',
  'capacity',
  'memory',
  'auth',
  'cache',
  'network',
  'feature-flags',
  'backups',
  'data',
  'frontend',
];
const CATEGORIES = ['technical', 'process', 'human', 'organizational', 'tooling', 'external'];
const SUBJECTS = [
  'certificate',
  'connection pool',
  'resolver',
  'consumer',
  'replica',
  'load balancer',
  'rate limiter',
  'feature flag',
  'signing key',
  'backup job',
  'disk',
  'cron job',
  'config push',
  'schema migration',
  'cache node',
  'webhook retry',
  'partner API',
  'token refresh',
  'index rebuild',
  'batch import',
];
const FAILURES = [
  'expired',
  'ran out of memory',
  'stalled',
  'timed out',
  'filled up',
  'was misconfigured',
  'skipped the canary',
  'lost its leader',
  'returned stale data',
  'throttled traffic',
  'crashed in a loop',
  'dropped connections',
  'was not idempotent',
  'leaked file handles',
  'rejected requests',
];
const EFFECTS = [
  'checkout failed',
  'logins were refused',
  'emails were delayed',
  'prices were stale',
  'orders were duplicated',
  'pages loaded slowly',
  'payments were declined',
  'reports were missing',
  'the API answered 503',
  'deploys were blocked',
];
const REMEDIES = [
  'automate renewal',
  'add an alert on queue age',
  'restart pools during failover',
  'route alerts to the owning on-call',
  'test upgrades against every consumer',
  'key limits by customer',
  'coalesce cache misses',
  'stream exports to storage',
  'retry with backoff and jitter',
  'verify backups with restore drills',
];
const EVENT_TEXTS = [
  'alert fired on error rate',
  'on-call acknowledged the page',
  'rolled back the last deploy',
  'status page updated',
  'customer support escalated reports',
  'scaled out the workers',
  'latency returned to normal',
  'opened a bridge call',
  'found the failing dependency',
  'confirmed recovery with synthetic checks',
  'queue depth kept growing',
  'paused the batch jobs',
];

/** A deterministic pseudo-random generator, so every run writes the same library. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

export interface CorpusSize {
  incidents: number;
  events: number;
  /** Share of incidents with a review, 0–1. */
  reviewShare: number;
}

/** Writes the library into the workspace in batches of 500 incidents, one transaction each. */
export async function writeBenchLibrary(
  database: Database,
  workspaceId: string,
  size: CorpusSize,
  onProgress: (done: number) => void = () => {},
): Promise<void> {
  const random = seededRandom(42);
  const eventsPer = Math.max(1, Math.floor(size.events / size.incidents));
  const batch = 500;
  const start = Date.UTC(2023, 0, 1);
  for (let first = 1; first <= size.incidents; first += batch) {
    const last = Math.min(size.incidents, first + batch - 1);
    type Row = Record<string, unknown>;
    const incidents: Row[] = [];
    const labels: { services: Row[]; tags: Row[] } = { services: [], tags: [] };
    const events: Row[] = [];
    const reviews: Row[] = [];
    const items: Row[] = [];
    for (let n = first; n <= last; n++) {
      const id = `${String(n).padStart(9, '0')}-${randomUUID()}`;
      const at = new Date(start + n * 900_000).toISOString();
      const subject = pick(random, SUBJECTS);
      const failure = pick(random, FAILURES);
      const effect = pick(random, EFFECTS);
      const services = [
        ...new Set([pick(random, SERVICES), ...(random() < 0.4 ? [pick(random, SERVICES)] : [])]),
      ];
      const tags = [
        ...new Set([pick(random, TAGS), ...(random() < 0.3 ? [pick(random, TAGS)] : [])]),
      ];
      incidents.push({
        id,
        workspace_id: workspaceId,
        key: `INC-${n}`,
        number: n,
        title: `The ${subject} ${failure} and ${effect}`,
        severity: pick(random, ['SEV1', 'SEV2', 'SEV3', 'SEV4']),
        status: 'resolved',
        summary: `${effect} on ${services.join(' and ')} because the ${subject} ${failure}.`,
        customer_impact: '',
        roles: '[]',
        participants: '[]',
        private: random() < 0.05 ? 1 : 0,
        time_zone: 'UTC',
        impact_started_at: at,
        detected_at: null,
        acknowledged_at: null,
        mitigated_at: null,
        resolved_at: null,
        customers_notified_at: null,
        version: 1,
        created_at: at,
        created_by: 'bench',
        updated_at: at,
        updated_by: 'bench',
      });
      for (const [position, value] of services.entries()) {
        labels.services.push({ workspace_id: workspaceId, incident_id: id, value, position });
      }
      for (const [position, value] of tags.entries()) {
        labels.tags.push({ workspace_id: workspaceId, incident_id: id, value, position });
      }
      for (let e = 0; e < eventsPer; e++) {
        events.push({
          id: randomUUID(),
          workspace_id: workspaceId,
          incident_id: id,
          at,
          source_zone: 'UTC',
          kind: 'note',
          source: 'bench',
          actor: null,
          text: `${pick(random, EVENT_TEXTS)} (${subject})`,
          highlight: 0,
          links: '[]',
          change: null,
          version: 1,
          created_at: at,
          created_by: 'bench',
        });
      }
      if (random() < size.reviewShare) {
        const reviewId = randomUUID();
        const remedy = pick(random, REMEDIES);
        const category = pick(random, CATEGORIES);
        reviews.push({
          id: reviewId,
          workspace_id: workspaceId,
          incident_id: id,
          status: 'published',
          authors: '[]',
          reviewers: '[]',
          summary: `We learned that the ${subject} ${failure}; next time we ${remedy}.`,
          impact: '{}',
          lessons: JSON.stringify({
            wentWell: [`we noticed the ${effect} quickly`],
            wentWrong: [`the ${subject} had no owner`],
            gotLucky: [],
          }),
          why_trees: '[]',
          factors: JSON.stringify([
            {
              id: 'f1',
              category,
              description: `The ${subject} ${failure} without a warning`,
              evidenceEventIds: [],
              actionItemIds: [],
              acceptedRisk: null,
              whyNodeIds: [],
            },
          ]),
          meeting: '{"at":null,"attendees":[]}',
          publish_override: null,
          follow_up: null,
          follow_up_due_at: null,
          template_id: 'default',
          version: 1,
          created_at: at,
          created_by: 'bench',
          updated_at: at,
          updated_by: 'bench',
          submitted_at: at,
          approved_at: at,
          published_at: new Date(Date.parse(at) + 7 * 86_400_000).toISOString(),
          draft_due_at: null,
          meeting_due_at: null,
          publish_due_at: null,
        });
        items.push({
          id: randomUUID(),
          workspace_id: workspaceId,
          review_id: reviewId,
          incident_id: id,
          position: 0,
          title: remedy[0]?.toUpperCase() + remedy.slice(1),
          owner: null,
          due_date: null,
          horizon: 'short',
          type: 'prevent',
          impact: 3,
          effort: 2,
          success_criteria: '',
          validation_method: '',
          status: pick(random, ['open', 'done', 'verified']),
          wont_do_reason: null,
          verification: null,
          done_at: null,
          tracker_url: null,
          version: 1,
          created_at: at,
          created_by: 'bench',
          updated_at: at,
          updated_by: 'bench',
        });
      }
    }
    await database.db.transaction().execute(async (db) => {
      await db
        .insertInto('incidents')
        .values(incidents as never)
        .execute();
      for (const [table, rows] of [
        ['incident_services', labels.services],
        ['incident_tags', labels.tags],
      ] as const) {
        if (rows.length)
          await db
            .insertInto(table)
            .values(rows as never)
            .execute();
      }
      for (let i = 0; i < events.length; i += 1000)
        await db
          .insertInto('timeline_events')
          .values(events.slice(i, i + 1000) as never)
          .execute();
      if (reviews.length)
        await db
          .insertInto('reviews')
          .values(reviews as never)
          .execute();
      if (items.length)
        await db
          .insertInto('action_items')
          .values(items as never)
          .execute();
    });
    onProgress(last);
  }
  await database.db
    .updateTable('workspaces')
    .set({ next_incident_number: size.incidents + 1 })
    .where('id', '=', workspaceId)
    .execute();
}

/** Queries a person might type: single words, pairs, a phrase, a prefix, with and without filters. */
export const BENCH_QUERIES: { q: string; service?: string; status?: 'all' }[] = [
  { q: 'certificate' },
  { q: 'resolver timed out' },
  { q: '"connection pool"' },
  { q: 'renew*' },
  { q: 'checkout failed', service: 'checkout' },
  { q: 'backoff jitter' },
  { q: 'signing key expired' },
  { q: 'queue age alert', status: 'all' },
  { q: 'replica' },
  { q: 'stale prices' },
  { q: 'restore drills' },
  { q: 'schema migration stalled', status: 'all' },
];
