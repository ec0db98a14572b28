/** @module Read queries behind insights besides the per-incident facts (insight-facts.ts): tags, earlier incidents' items, deploys, detection events. No figures are computed here. */
import { sql } from 'kysely';
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { ActionItemFacts } from '../domain/insights/index.js';
import type { Instant } from '../domain/instant.js';
import { ACTION_ITEM_STATUSES, type ActionItemStatus } from '../domain/review/index.js';
import type { TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import type { Executor } from './executor.js';
import type { FactsRange } from './insight-facts.js';
import { fromJsonColumn } from './json-column.js';
import { nullIfEmpty, packColumns, unpackColumns } from './packed-columns.js';

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

/** The services of the incidents `ids` (read in chunks), by incident id, in their written order. */
async function listServicesIn(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const byIncident = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('incident_services')
      .select(
        packColumns(['incident_services.incident_id', 'incident_services.value']).as('packed'),
      )
      .where('incident_services.incident_id', 'in', ids.slice(i, i + CHUNK))
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
 * Items of incidents anchored before `since` that are due on or after `dueFrom` (`YYYY-MM-DD`),
 * each with its incident's key and services. (The items of incidents in range come with their
 * facts, storage/insight-facts.ts; the backlog and budget freezes from storage/insight-backlog.ts.)
 */
export async function listEarlierActionItemFacts(
  db: Executor,
  workspaceId: WorkspaceId,
  range: { since: Instant; includePrivate: boolean; dueFrom: string },
): Promise<ActionItemFacts[]> {
  let query = db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.id', 'action_items.incident_id')
    .where('action_items.workspace_id', '=', workspaceId)
    // Every status, named, so SQLite reads the (workspace, status, due date) index by due date.
    .where('action_items.status', 'in', [...ACTION_ITEM_STATUSES])
    .where('action_items.due_date', '>=', range.dueFrom)
    .where(ANCHOR, '<', range.since);
  if (!range.includePrivate) query = query.where('incidents.private', '=', 0);
  const rows = await query.select([...ITEM_COLUMNS, 'incidents.key as incident_key']).execute();
  if (rows.length === 0) return [];
  const services = await listServicesIn(db, [
    ...new Set(rows.map((row) => unpackColumns(row.packed, ITEM_PACKED.length)[1]!)),
  ]);
  return rows.map((row) =>
    itemFactsOf(row, (incidentId) => ({
      key: row.incident_key,
      services: services.get(incidentId) ?? [],
    })),
  );
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
