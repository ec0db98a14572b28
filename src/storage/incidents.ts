/** @module Incidents: rows <-> the domain type, with services and tags kept in their own tables. */

import type { Selectable } from 'kysely';
import type { IncidentId, IncidentKey, WorkspaceId } from '../domain/ids.js';
import type { Incident, IncidentStatus, Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Milestones } from '../domain/milestones.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { IncidentTable } from './schema.js';
import { updateIfVersion } from './update-if-version.js';

type IncidentRow = Selectable<IncidentTable>;

import { containsText } from './text-match.js';

export interface IncidentFilter {
  severity?: Severity[];
  status?: IncidentStatus[];
  service?: string;
  tag?: string;
  text?: string;
  includePrivate: boolean;
}

export interface IncidentPage {
  incidents: Incident[];
  /** The incident number to continue below, or null when this is the last page. */
  nextBefore: number | null;
}

export async function insertIncident(
  db: Executor,
  incident: Incident,
  number: number,
): Promise<void> {
  await db
    .insertInto('incidents')
    .values({ ...rowFromIncident(incident), number })
    .execute();
  await writeLabels(db, incident);
}

/** Writes an incident if its stored version is `expectedVersion`; false when someone got there first. */
export async function updateIncidentIfVersion(
  db: Executor,
  incident: Incident,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, key, ...fields } = rowFromIncident(incident);
  const updated = await updateIfVersion(
    db,
    'incidents',
    { id, workspaceId: workspace_id },
    fields,
    expectedVersion,
  );
  if (!updated) return false;
  await db.deleteFrom('incident_services').where('incident_id', '=', incident.id).execute();
  await db.deleteFrom('incident_tags').where('incident_id', '=', incident.id).execute();
  await writeLabels(db, incident);
  return true;
}

export async function findIncidentByKey(
  db: Executor,
  workspaceId: WorkspaceId,
  key: IncidentKey,
): Promise<Incident | null> {
  const row = await db
    .selectFrom('incidents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  const [incident] = await withLabels(db, [row]);
  return incident ?? null;
}

/** A page of incidents, newest first, continuing below incident number `before`. */
export async function listIncidents(
  db: Executor,
  workspaceId: WorkspaceId,
  filter: IncidentFilter,
  page: { before: number | null; limit: number },
): Promise<IncidentPage> {
  let query = db
    .selectFrom('incidents')
    .selectAll('incidents')
    .where('workspace_id', '=', workspaceId);
  if (filter.severity?.length) query = query.where('severity', 'in', filter.severity);
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (!filter.includePrivate) query = query.where('private', '=', 0);
  if (filter.service) {
    const service = filter.service;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('incident_services')
          .select('incident_services.incident_id')
          .whereRef('incident_services.incident_id', '=', 'incidents.id')
          .where('incident_services.value', '=', service),
      ),
    );
  }
  if (filter.tag) {
    const tag = filter.tag;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('incident_tags')
          .select('incident_tags.incident_id')
          .whereRef('incident_tags.incident_id', '=', 'incidents.id')
          .where('incident_tags.value', '=', tag),
      ),
    );
  }
  if (filter.text) {
    const text = filter.text;
    query = query.where((eb) =>
      eb.or([
        containsText(eb, 'incidents.title', text),
        containsText(eb, 'incidents.summary', text),
      ]),
    );
  }
  if (page.before !== null) query = query.where('number', '<', page.before);
  const rows = await query
    .orderBy('number', 'desc')
    .limit(page.limit + 1)
    .execute();
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    incidents: await withLabels(db, pageRows),
    nextBefore: rows.length > page.limit && last ? Number(last.number) : null,
  };
}

/** Every incident of a workspace, oldest first: for export. */
export async function listAllIncidents(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<Incident[]> {
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('number', 'asc')
    .execute();
  return withLabels(db, rows);
}

export async function countIncidents(db: Executor, workspaceId: WorkspaceId): Promise<number> {
  const row = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function writeLabels(db: Executor, incident: Incident): Promise<void> {
  const rows = (values: string[]) =>
    values.map((value, position) => ({
      workspace_id: incident.workspaceId,
      incident_id: incident.id,
      value,
      position,
    }));
  if (incident.services.length > 0) {
    await db.insertInto('incident_services').values(rows(incident.services)).execute();
  }
  if (incident.tags.length > 0) {
    await db.insertInto('incident_tags').values(rows(incident.tags)).execute();
  }
}

async function withLabels(db: Executor, rows: IncidentRow[]): Promise<Incident[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [services, tags] = await Promise.all([
    db.selectFrom('incident_services').selectAll().where('incident_id', 'in', ids).execute(),
    db.selectFrom('incident_tags').selectAll().where('incident_id', 'in', ids).execute(),
  ]);
  const group = (labels: { incident_id: string; value: string; position: number }[]) => {
    const byIncident = new Map<string, { value: string; position: number }[]>();
    for (const label of labels) {
      const list = byIncident.get(label.incident_id) ?? [];
      list.push(label);
      byIncident.set(label.incident_id, list);
    }
    return (id: string) =>
      (byIncident.get(id) ?? []).sort((a, b) => a.position - b.position).map((l) => l.value);
  };
  const servicesOf = group(services);
  const tagsOf = group(tags);
  return rows.map((row) => incidentFromRow(row, servicesOf(row.id), tagsOf(row.id)));
}

function incidentFromRow(row: IncidentRow, services: string[], tags: string[]): Incident {
  const milestones: Milestones = {
    impactStarted: row.impact_started_at as Instant | null,
    detected: row.detected_at as Instant | null,
    acknowledged: row.acknowledged_at as Instant | null,
    mitigated: row.mitigated_at as Instant | null,
    resolved: row.resolved_at as Instant | null,
    customersNotified: row.customers_notified_at as Instant | null,
  };
  return {
    id: row.id as IncidentId,
    workspaceId: row.workspace_id as WorkspaceId,
    key: row.key as IncidentKey,
    title: row.title,
    severity: row.severity as Severity,
    status: row.status as IncidentStatus,
    summary: row.summary,
    customerImpact: row.customer_impact,
    services,
    tags,
    roles: fromJsonColumn(row.roles, []),
    participants: fromJsonColumn(row.participants, []),
    private: Number(row.private) === 1,
    timeZone: row.time_zone,
    milestones,
    version: Number(row.version),
    createdAt: row.created_at as Instant,
    createdBy: row.created_by,
    updatedAt: row.updated_at as Instant,
    updatedBy: row.updated_by,
  };
}

function rowFromIncident(incident: Incident): Omit<IncidentRow, 'number' | 'timeline_revision'> {
  const m = incident.milestones;
  return {
    id: incident.id,
    workspace_id: incident.workspaceId,
    key: incident.key,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    summary: incident.summary,
    customer_impact: incident.customerImpact,
    roles: toJsonColumn(incident.roles),
    participants: toJsonColumn(incident.participants),
    private: incident.private ? 1 : 0,
    time_zone: incident.timeZone,
    impact_started_at: m.impactStarted,
    detected_at: m.detected,
    acknowledged_at: m.acknowledged,
    mitigated_at: m.mitigated,
    resolved_at: m.resolved,
    customers_notified_at: m.customersNotified,
    version: incident.version,
    created_at: incident.createdAt,
    created_by: incident.createdBy,
    updated_at: incident.updatedAt,
    updated_by: incident.updatedBy,
  };
}

/** What identifies one state of an incident and its timeline: enough to validate a cached view. */
export interface IncidentStamp {
  id: IncidentId;
  version: number;
  timelineRevision: number;
  private: boolean;
}

/** The stamp of an incident, read from its row alone (no labels, no events). */
export async function findIncidentStamp(
  db: Executor,
  workspaceId: WorkspaceId,
  key: IncidentKey,
): Promise<IncidentStamp | null> {
  const row = await db
    .selectFrom('incidents')
    .select(['id', 'version', 'timeline_revision', 'private'])
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id as IncidentId,
    version: Number(row.version),
    timelineRevision: Number(row.timeline_revision),
    private: Number(row.private) === 1,
  };
}
