/** @module Read queries behind insights: many incidents, reviews, items and deploys at once, as slim facts. No figures are computed here. */
import { type SelectQueryBuilder, sql } from 'kysely';
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { IncidentStatus, Severity } from '../domain/incident.js';
import type {
  ActionItemFacts,
  FactorFacts,
  IncidentFacts,
  ReviewFacts,
} from '../domain/insights/index.js';
import type { Instant } from '../domain/instant.js';
import {
  ACTION_ITEM_STATUSES,
  type ActionItemStatus,
  type ImpactInputs,
  type ReviewStatus,
} from '../domain/review/index.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import { fromJsonColumn } from './json-column.js';
import { nullIfEmpty, packColumns, unpackColumns } from './packed-columns.js';
import type { DB } from './schema.js';

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

const INCIDENT_COLUMNS = [
  'incidents.id',
  'incidents.number',
  'incidents.severity',
  'incidents.status',
  'incidents.created_at',
  'incidents.impact_started_at',
  'incidents.detected_at',
  'incidents.acknowledged_at',
  'incidents.mitigated_at',
  'incidents.resolved_at',
  'incidents.customers_notified_at',
  // Last: a key is text a workspace chose, so it may hold the separator.
  'incidents.key',
];

export async function listIncidentFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange,
): Promise<IncidentFacts[]> {
  const [rows, services] = await Promise.all([
    // Sorted here rather than in SQL: ordering by number would steer the planner to the
    // (workspace, number) key and a scan of every incident instead of the anchor range.
    incidentsIn(db, workspaceId, range)
      .select(packColumns(INCIDENT_COLUMNS).as('packed'))
      .execute(),
    listServicesIn(db, incidentsIn(db, workspaceId, range).select('incidents.id')),
  ]);
  const facts = new Array<IncidentFacts>(rows.length);
  const numbers = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [
      id,
      number,
      severity,
      status,
      created,
      impact,
      detected,
      ack,
      mitigated,
      resolved,
      notified,
      key,
    ] = unpackColumns(rows[i]!.packed, INCIDENT_COLUMNS.length);
    numbers[i] = Number(number);
    facts[i] = {
      id: id!,
      key: key!,
      severity: severity as Severity,
      status: status as IncidentStatus,
      services: services.get(id!) ?? [],
      tags: [],
      milestones: {
        impactStarted: nullIfEmpty(impact!),
        detected: nullIfEmpty(detected!),
        acknowledged: nullIfEmpty(ack!),
        mitigated: nullIfEmpty(mitigated!),
        resolved: nullIfEmpty(resolved!),
        customersNotified: nullIfEmpty(notified!),
      },
      declaredAt: created as Instant,
    };
  }
  const order = facts.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
  return order.map((i) => facts[i]!);
}

/**
 * The services of the incidents `ids` selects (a subquery, or a list read in chunks), by incident
 * id, in their written order.
 */
async function listServicesIn(
  db: Executor,
  ids: SelectQueryBuilder<DB, 'incidents', { id: string }> | readonly string[],
): Promise<Map<string, string[]>> {
  const byIncident = new Map<string, string[]>();
  const lists = isIdList(ids)
    ? Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) =>
        ids.slice(i * CHUNK, (i + 1) * CHUNK),
      )
    : [ids];
  for (const list of lists) {
    const rows = await db
      .selectFrom('incident_services')
      .select(
        packColumns(['incident_services.incident_id', 'incident_services.value']).as('packed'),
      )
      .where('incident_services.incident_id', 'in', list)
      .orderBy('incident_services.incident_id')
      .orderBy('incident_services.position')
      .execute();
    for (const row of rows) {
      const [incidentId, value] = unpackColumns(row.packed, 2) as [string, string];
      const services = byIncident.get(incidentId);
      if (services) services.push(value);
      else byIncident.set(incidentId, [value]);
    }
  }
  return byIncident;
}

function isIdList(ids: unknown): ids is readonly string[] {
  return Array.isArray(ids);
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
    // Without it neither engine can use the (workspace, incident) key of reviews for the join.
    .where('reviews.workspace_id', '=', workspaceId)
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

const ITEM_PACKED = [
  'action_items.id',
  'action_items.incident_id',
  'action_items.status',
  'action_items.due_date',
  'action_items.created_at',
  'action_items.done_at',
  'action_items.title',
];
const ITEM_COLUMNS = [
  packColumns(ITEM_PACKED).as('packed'),
  'action_items.owner',
  'action_items.verification',
] as const;

/**
 * Items of the incidents in range, and items of earlier incidents due on or after `dueFrom`
 * (`YYYY-MM-DD`), which carry their incident's key and services. The workspace's other open items
 * are not read: the backlog and budget freezes come from storage/insight-backlog.ts.
 */
export async function listActionItemFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: FactsRange & { dueFrom: string },
): Promise<ActionItemFacts[]> {
  let dueEarlier = db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .where('action_items.workspace_id', '=', workspaceId)
    // Every status, named, so SQLite reads the (workspace, status, due date) index by due date.
    .where('action_items.status', 'in', [...ACTION_ITEM_STATUSES])
    .where('action_items.due_date', '>=', range.dueFrom)
    .where(ANCHOR, '<', range.since);
  if (!range.includePrivate) dueEarlier = dueEarlier.where('incidents.private', '=', 0);
  const [inRange, earlier] = await Promise.all([
    incidentsIn(db, workspaceId, range)
      .innerJoin('action_items', 'action_items.incident_id', 'incidents.id')
      .select(ITEM_COLUMNS)
      .where('action_items.workspace_id', '=', workspaceId)
      .execute(),
    dueEarlier.select([...ITEM_COLUMNS, 'incidents.key as incident_key']).execute(),
  ]);
  const items = inRange.map((row) => itemFactsOf(row, () => undefined));
  if (earlier.length === 0) return items;
  const services = await listServicesIn(db, [
    ...new Set(earlier.map((row) => unpackColumns(row.packed, ITEM_PACKED.length)[1]!)),
  ]);
  for (const row of earlier) {
    items.push(
      itemFactsOf(row, (incidentId) => ({
        key: row.incident_key,
        services: services.get(incidentId) ?? [],
      })),
    );
  }
  return items;
}

function itemFactsOf(
  row: { packed: string; owner: string | null; verification: string | null },
  incidentOf: (incidentId: string) => ActionItemFacts['incident'],
): ActionItemFacts {
  const [id, incidentId, status, due, created, done, title] = unpackColumns(
    row.packed,
    ITEM_PACKED.length,
  ) as [string, string, string, string, string, string, string];
  const verification = fromJsonColumn<{ at?: string } | null>(row.verification, null);
  const incident = incidentOf(incidentId);
  const item: ActionItemFacts = {
    id,
    incidentId,
    title,
    owner: row.owner,
    status: status as ActionItemStatus,
    dueDate: nullIfEmpty(due),
    createdAt: created as Instant,
    doneAt: nullIfEmpty(done),
    verifiedAt: (verification?.at ?? null) as Instant | null,
  };
  if (incident) item.incident = incident;
  return item;
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
