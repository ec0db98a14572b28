/** @module Read queries behind insights: many incidents, reviews, items and deploys at once, as slim facts. No figures are computed here. */
import { sql } from 'kysely';
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { IncidentStatus, Severity } from '../domain/incident.js';
import type {
  ActionItemFacts,
  FactorFacts,
  IncidentFacts,
  ReviewFacts,
} from '../domain/insights/index.js';
import type { Instant } from '../domain/instant.js';
import type { ActionItemStatus, ImpactInputs, ReviewStatus } from '../domain/review/index.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { fromJsonColumn } from './json-column.js';

/** Incidents whose anchor (impact start, else detection, else declaration) lies in `[since, until)`. */
export interface FactsRange {
  since: Instant;
  until: Instant;
  includePrivate: boolean;
}

const ANCHOR = sql<string>`coalesce(incidents.impact_started_at, incidents.detected_at, incidents.created_at)`;
// Large id lists go in chunks: SQLite binds at most 32,766 values per statement.
const CHUNK = 5000;

function incidentsIn(db: Executor, workspaceId: WorkspaceId, range: FactsRange) {
  let query = db
    .selectFrom('incidents')
    .where('incidents.workspace_id', '=', workspaceId)
    .where(ANCHOR, '>=', range.since)
    .where(ANCHOR, '<', range.until);
  if (!range.includePrivate) query = query.where('incidents.private', '=', 0);
  return query;
}

export async function listIncidentFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
): Promise<IncidentFacts[]> {
  const [rows, services] = await Promise.all([
    incidentsIn(db, workspaceId, range)
      .select([
        'incidents.id',
        'incidents.key',
        'incidents.severity',
        'incidents.status',
        'incidents.created_at',
        'incidents.impact_started_at',
        'incidents.detected_at',
        'incidents.acknowledged_at',
        'incidents.mitigated_at',
        'incidents.resolved_at',
        'incidents.customers_notified_at',
      ])
      .orderBy('incidents.number')
      .execute(),
    incidentsIn(db, workspaceId, range)
      .innerJoin('incident_services', 'incident_services.incident_id', 'incidents.id')
      .select(['incident_services.incident_id', 'incident_services.value'])
      .orderBy('incident_services.incident_id')
      .orderBy('incident_services.position')
      .execute(),
  ]);
  const servicesOf = new Map<string, string[]>();
  for (const row of services) {
    const list = servicesOf.get(row.incident_id);
    if (list) list.push(row.value);
    else servicesOf.set(row.incident_id, [row.value]);
  }
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    services: servicesOf.get(row.id) ?? [],
    tags: [],
    milestones: {
      impactStarted: row.impact_started_at as Instant | null,
      detected: row.detected_at as Instant | null,
      acknowledged: row.acknowledged_at as Instant | null,
      mitigated: row.mitigated_at as Instant | null,
      resolved: row.resolved_at as Instant | null,
      customersNotified: row.customers_notified_at as Instant | null,
    },
    declaredAt: row.created_at as Instant,
  }));
}

/** Tags of the incidents in range, by incident id. */
export async function listIncidentTagFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
): Promise<Map<string, string[]>> {
  const rows = await incidentsIn(db, workspaceId, range)
    .innerJoin('incident_tags', 'incident_tags.incident_id', 'incidents.id')
    .select(['incident_tags.incident_id', 'incident_tags.value'])
    .execute();
  const tags = new Map<string, string[]>();
  for (const row of rows)
    tags.set(row.incident_id, [...(tags.get(row.incident_id) ?? []), row.value]);
  return tags;
}

/** The reviews of the incidents in range, by incident id: status, dates, impact inputs and factor categories. */
export async function listReviewFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
): Promise<Map<string, ReviewFacts>> {
  const rows = await incidentsIn(db, workspaceId, range)
    .innerJoin('reviews', 'reviews.incident_id', 'incidents.id')
    .select([
      'reviews.incident_id',
      'reviews.status',
      'reviews.published_at',
      'reviews.publish_due_at',
      'reviews.impact',
      'reviews.factors',
    ])
    .execute();
  const reviews = new Map<string, ReviewFacts>();
  for (const row of rows) {
    const factors = fromJsonColumn<{ category: string; actionItemIds?: string[] }[]>(
      row.factors,
      [],
    );
    reviews.set(row.incident_id, {
      incidentId: row.incident_id,
      status: row.status as ReviewStatus,
      publishedAt: row.published_at as Instant | null,
      publishDueAt: row.publish_due_at as Instant | null,
      impact: fromJsonColumn(row.impact, {} as ImpactInputs),
      factors: factors.map(
        (f): FactorFacts => ({ category: f.category, actionItemIds: f.actionItemIds ?? [] }),
      ),
    });
  }
  return reviews;
}

const ITEM_COLUMNS = [
  'action_items.id',
  'action_items.incident_id',
  'action_items.title',
  'action_items.owner',
  'action_items.status',
  'action_items.due_date',
  'action_items.created_at',
  'action_items.done_at',
  'action_items.verification',
] as const;

/** Items of the incidents in range, plus every unverified item of the workspace (overdue backlog, budget freezes). */
export async function listActionItemFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
): Promise<ActionItemFacts[]> {
  let open = db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .select([...ITEM_COLUMNS, 'incidents.key as incident_key'])
    .where('action_items.workspace_id', '=', workspaceId)
    .where('action_items.status', 'in', ['open', 'in_progress', 'done']);
  if (!range.includePrivate) open = open.where('incidents.private', '=', 0);
  const [inRange, stillOpen] = await Promise.all([
    incidentsIn(db, workspaceId, range)
      .innerJoin('action_items', 'action_items.incident_id', 'incidents.id')
      .select(ITEM_COLUMNS)
      .execute(),
    open.execute(),
  ]);
  const openIncidentIds = [...new Set(stillOpen.map((row) => row.incident_id))];
  const servicesOf = new Map<string, string[]>();
  for (let i = 0; i < openIncidentIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('incident_services')
      .select(['incident_id', 'value'])
      .where('incident_id', 'in', openIncidentIds.slice(i, i + CHUNK))
      .execute();
    for (const row of rows)
      servicesOf.set(row.incident_id, [...(servicesOf.get(row.incident_id) ?? []), row.value]);
  }
  const keys = new Map(stillOpen.map((row) => [row.incident_id, row.incident_key]));
  const items = new Map<string, ActionItemFacts>();
  for (const row of [...stillOpen, ...inRange]) {
    if (items.has(row.id)) continue;
    const key = keys.get(row.incident_id);
    const verification = fromJsonColumn<{ at?: string } | null>(row.verification, null);
    items.set(row.id, {
      id: row.id,
      incidentId: row.incident_id,
      title: row.title,
      owner: row.owner,
      status: row.status as ActionItemStatus,
      dueDate: row.due_date,
      createdAt: row.created_at as Instant,
      doneAt: row.done_at as Instant | null,
      verifiedAt: (verification?.at ?? null) as Instant | null,
      ...(key === undefined
        ? {}
        : { incident: { key, services: servicesOf.get(row.incident_id) ?? [] } }),
    });
  }
  return [...items.values()];
}

/** Deploy signals (any deploy kind) to a named service in `[from, to)`, by service. */
export async function listDeployInstants(
  db: Executor,
  workspaceId: WorkspaceId,
  from: Instant,
  to: Instant,
): Promise<Map<string, Instant[]>> {
  const rows = await db
    .selectFrom('signals')
    .select(['service', 'at'])
    .where('workspace_id', '=', workspaceId)
    .where('kind', 'in', ['deploy_started', 'deploy_succeeded', 'deploy_failed'])
    .where('service', 'is not', null)
    .where('at', '>=', from)
    .where('at', '<', to)
    .execute();
  const deploys = new Map<string, Instant[]>();
  for (const row of rows) {
    const list = deploys.get(row.service!) ?? [];
    list.push(row.at as Instant);
    deploys.set(row.service!, list);
  }
  return deploys;
}

/** The events that can mark detection (alerts, chat, notes) of the given incidents, by incident id. */
export async function listDetectionEvents(
  db: Executor,
  workspaceId: WorkspaceId,
  incidentIds: readonly string[],
): Promise<Map<string, TimelineEvent[]>> {
  const events = new Map<string, TimelineEvent[]>();
  for (let i = 0; i < incidentIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('timeline_events')
      .select(['id', 'incident_id', 'at', 'kind', 'text', 'created_at'])
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', 'in', incidentIds.slice(i, i + CHUNK))
      .where('kind', 'in', ['alert', 'communication', 'note'])
      .execute();
    for (const row of rows) {
      const event: TimelineEvent = {
        id: row.id as TimelineEventId,
        incidentId: row.incident_id as IncidentId,
        workspaceId,
        at: row.at as Instant,
        sourceZone: 'UTC',
        kind: row.kind as TimelineEventKind,
        source: '',
        actor: null,
        text: row.text,
        highlight: false,
        links: [],
        change: null,
        version: 1,
        createdAt: row.created_at as Instant,
        createdBy: '',
      };
      const list = events.get(row.incident_id) ?? [];
      list.push(event);
      events.set(row.incident_id, list);
    }
  }
  return events;
}

/** The severity of every incident still open (investigating or mitigated), one row each. */
export async function listOpenIncidentSeverities(
  db: Executor,
  workspaceId: WorkspaceId,
  includePrivate: boolean,
): Promise<Severity[]> {
  let query = db
    .selectFrom('incidents')
    .select('severity')
    .where('workspace_id', '=', workspaceId)
    .where('status', 'in', ['investigating', 'mitigated']);
  if (!includePrivate) query = query.where('private', '=', 0);
  return (await query.execute()).map((row) => row.severity as Severity);
}
