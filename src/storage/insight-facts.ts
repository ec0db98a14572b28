/**
 * @module The facts of a range of incidents — milestones, services, review, action items — read
 * from the one row per incident that triggers keep current (migrations 0014 and 0015), in one
 * range scan.
 */
import type { WorkspaceId } from '../domain/ids.js';
import type { IncidentStatus, Severity } from '../domain/incident.js';
import type {
  ActionItemFacts,
  FactorFacts,
  IncidentFacts,
  ReviewFacts,
} from '../domain/insights/index.js';
import type { Instant } from '../domain/instant.js';
import type { ActionItemStatus, ImpactInputs, ReviewStatus } from '../domain/review/index.js';
import type { Executor } from './executor.js';

/** Incidents whose anchor (impact start, else detection, else declaration) lies in `[since, until)`. */
export interface FactsRange {
  since: Instant;
  until: Instant;
  includePrivate: boolean;
  /**
   * Before `until`, only the incidents with a review and those not yet mitigated and resolved
   * by `endedSince` are read: what earlier incidents are needed for (recurrence and action
   * items; review completion and error budgets), without the rest.
   */
  lookback?: { until: Instant; endedSince: Instant };
}

export interface InsightFacts {
  /** By incident number. */
  incidents: IncidentFacts[];
  /** By incident id; incidents without a review have none. */
  reviews: Map<string, ReviewFacts>;
  /** The incidents' action items, each incident's in review order. */
  items: ActionItemFacts[];
}

interface StoredReview {
  status: ReviewStatus;
  publishedAt: Instant | null;
  publishDueAt: Instant | null;
  impact: ImpactInputs;
  factors: FactorFacts[];
}

/** `[id, status, due date, created, done, verified, owner, title]`, as migration 0014 builds it. */
type StoredItem = [
  string,
  ActionItemStatus,
  string | null,
  Instant,
  Instant | null,
  Instant | null,
  string | null,
  string,
];

/** The row, as migration 0015's view builds it. */
type StoredFacts = [
  review: StoredReview | null,
  items: StoredItem[],
  services: string[],
  id: string,
  number: number,
  severity: Severity,
  status: IncidentStatus,
  created: Instant,
  impactStarted: Instant | null,
  detected: Instant | null,
  acknowledged: Instant | null,
  mitigated: Instant | null,
  resolved: Instant | null,
  customersNotified: Instant | null,
  key: string,
];

/** Where the incident's number sits in a stored row: the order incidents are returned in. */
const NUMBER = 4;

/** The facts of the incidents in `range`; with `withItems: false` their items are left unread. */
export async function listInsightFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
  { withItems = true } = {},
): Promise<InsightFacts> {
  let query = db
    .selectFrom('incident_insight_facts')
    .select('facts')
    .where('workspace_id', '=', workspaceId)
    .where('anchor', '>=', range.since)
    .where('anchor', '<', range.until);
  if (!range.includePrivate) query = query.where('private', '=', 0);
  const { lookback } = range;
  if (lookback) {
    query = query.where((eb) =>
      eb.or([
        eb('anchor', '>=', lookback.until),
        eb('reviewed', '=', 1),
        eb('ended_at', 'is', null),
        eb('ended_at', '>=', lookback.endedSince),
      ]),
    );
  }
  const rows = await query.execute();
  const read = rows.map((row) => JSON.parse(row.facts) as StoredFacts);
  read.sort((a, b) => a[NUMBER] - b[NUMBER]);
  const incidents: IncidentFacts[] = [];
  const reviews = new Map<string, ReviewFacts>();
  const items: ActionItemFacts[] = [];
  for (const stored of read) {
    const [review, storedItems, , id] = stored;
    incidents.push(incidentFactsOf(stored));
    if (review) reviews.set(id, reviewFactsOf(id, review));
    if (withItems) appendItems(items, id, storedItems);
  }
  return { incidents, reviews, items };
}

function incidentFactsOf(stored: StoredFacts): IncidentFacts {
  const [
    ,
    ,
    services,
    id,
    ,
    severity,
    status,
    created,
    impactStarted,
    detected,
    acknowledged,
    mitigated,
    resolved,
    customersNotified,
    key,
  ] = stored;
  return {
    id,
    key,
    severity,
    status,
    services,
    tags: [],
    milestones: { impactStarted, detected, acknowledged, mitigated, resolved, customersNotified },
    declaredAt: created,
  };
}

function reviewFactsOf(incidentId: string, stored: StoredReview): ReviewFacts {
  return {
    incidentId,
    status: stored.status,
    publishedAt: stored.publishedAt,
    publishDueAt: stored.publishDueAt,
    impact: stored.impact,
    factors: stored.factors,
  };
}

function appendItems(items: ActionItemFacts[], incidentId: string, stored: StoredItem[]): void {
  for (const [id, status, dueDate, createdAt, doneAt, verifiedAt, owner, title] of stored) {
    items.push({ id, incidentId, title, owner, status, dueDate, createdAt, doneAt, verifiedAt });
  }
}
