/**
 * @module The facts of a range of incidents — milestones, services, review, action items — read
 * from the one row per incident that triggers keep current (migration 0014), in one range scan.
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
import { nullIfEmpty, unpackColumns } from './packed-columns.js';

/** Incidents whose anchor (impact start, else detection, else declaration) lies in `[since, until)`. */
export interface FactsRange {
  since: Instant;
  until: Instant;
  includePrivate: boolean;
}

export interface InsightFacts {
  /** By incident number. */
  incidents: IncidentFacts[];
  /** By incident id; incidents without a review have none. */
  reviews: Map<string, ReviewFacts>;
  /** The incidents' action items, each incident's in review order. */
  items: ActionItemFacts[];
}

const PART_SEPARATOR = '\u001e';
const INCIDENT_FIELDS = 12;

interface StoredReview {
  status: ReviewStatus;
  publishedAt: Instant | null;
  publishDueAt: Instant | null;
  impact: ImpactInputs;
  factors: FactorFacts[];
}

/** `[id, status, due date, created, done, verified, owner, title]`, as the migration writes it. */
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
  const rows = await query.execute();
  const read = rows.map((row) => readFacts(row.facts));
  read.sort((a, b) => a.number - b.number);
  const reviews = new Map<string, ReviewFacts>();
  const items: ActionItemFacts[] = [];
  for (const { incident, review, itemsText } of read) {
    if (review) reviews.set(incident.id, review);
    if (withItems && itemsText !== '[]') appendItems(items, incident.id, itemsText);
  }
  return { incidents: read.map((r) => r.incident), reviews, items };
}

function readFacts(facts: string) {
  const reviewEnd = facts.indexOf(PART_SEPARATOR);
  const itemsEnd = facts.indexOf(PART_SEPARATOR, reviewEnd + 1);
  const servicesEnd = facts.indexOf(PART_SEPARATOR, itemsEnd + 1);
  const services = facts.slice(itemsEnd + 1, servicesEnd);
  const [
    id,
    number,
    severity,
    status,
    created,
    impact,
    detected,
    acknowledged,
    mitigated,
    resolved,
    notified,
    key,
  ] = unpackColumns(facts.slice(servicesEnd + 1), INCIDENT_FIELDS) as [string, ...string[]];
  const incident: IncidentFacts = {
    id,
    key: key!,
    severity: severity as Severity,
    status: status as IncidentStatus,
    services: services === '[]' ? [] : (JSON.parse(services) as string[]),
    tags: [],
    milestones: {
      impactStarted: nullIfEmpty(impact!),
      detected: nullIfEmpty(detected!),
      acknowledged: nullIfEmpty(acknowledged!),
      mitigated: nullIfEmpty(mitigated!),
      resolved: nullIfEmpty(resolved!),
      customersNotified: nullIfEmpty(notified!),
    },
    declaredAt: created as Instant,
  };
  const reviewText = facts.slice(0, reviewEnd);
  return {
    number: Number(number),
    incident,
    review: reviewText === '' ? null : reviewFactsOf(id, JSON.parse(reviewText) as StoredReview),
    itemsText: facts.slice(reviewEnd + 1, itemsEnd),
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

function appendItems(items: ActionItemFacts[], incidentId: string, text: string): void {
  for (const [id, status, dueDate, createdAt, doneAt, verifiedAt, owner, title] of JSON.parse(
    text,
  ) as StoredItem[]) {
    items.push({ id, incidentId, title, owner, status, dueDate, createdAt, doneAt, verifiedAt });
  }
}
