/** @module Declaring, reading, listing, editing and cancelling incidents. */
import { type IncidentId, type IncidentKey, incidentKeyOf } from '../domain/ids.js';
import type {
  Incident,
  IncidentPatch,
  IncidentRole,
  Participant,
  Severity,
} from '../domain/incident.js';
import { canTransitionIncident, nextIncidentStatuses } from '../domain/incident-lifecycle.js';
import type { Instant } from '../domain/instant.js';
import { NO_MILESTONES } from '../domain/milestones.js';
import type { ReviewStatus } from '../domain/review/index.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  appendAuditEntries,
  type Executor,
  findIncidentByKey,
  findIncidentStamp,
  type IncidentFilter,
  type IncidentPage,
  type IncidentStamp,
  insertIncident,
  listIncidents,
  listReviewStates,
  listTimelineEvents,
  newId,
  takeIncidentNumber,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { saveIncidentChanges } from './incident-changes.js';
import { refreshSearchIndex } from './library-index.js';

export interface IncidentCreate {
  title: string;
  severity: Severity;
  services?: string[];
  tags?: string[];
  summary?: string;
  customerImpact?: string;
  roles?: IncidentRole[];
  participants?: Participant[];
  private?: boolean;
  timeZone?: string;
}

export async function createIncident(
  ctx: UseCaseContext,
  input: IncidentCreate,
): Promise<Incident> {
  return inTransaction(ctx, (db) => insertNewIncident(db, ctx, input));
}

/** Declares an incident inside the caller's transaction (for imports that write more with it). */
export async function insertNewIncident(
  db: Executor,
  ctx: UseCaseContext,
  input: IncidentCreate,
): Promise<Incident> {
  const now = ctx.clock();
  const number = await takeIncidentNumber(db, ctx.workspace.id);
  const incident: Incident = {
    id: newId() as IncidentId,
    workspaceId: ctx.workspace.id,
    key: incidentKeyOf(ctx.workspace.incidentPrefix, number),
    title: input.title,
    severity: input.severity,
    status: 'investigating',
    summary: input.summary ?? '',
    customerImpact: input.customerImpact ?? '',
    services: input.services ?? [],
    tags: input.tags ?? [],
    roles: input.roles ?? [],
    participants: input.participants ?? [],
    private: input.private ?? false,
    timeZone: input.timeZone ?? ctx.workspace.timeZone,
    milestones: { ...NO_MILESTONES },
    version: 1,
    createdAt: now,
    createdBy: ctx.actor.name,
    updatedAt: now,
    updatedBy: ctx.actor.name,
  };
  await insertIncident(db, incident, number);
  await recordCreation(db, ctx, incident);
  await refreshSearchIndex(db, ctx);
  return incident;
}

async function recordCreation(
  db: Executor,
  ctx: UseCaseContext,
  incident: Incident,
): Promise<void> {
  await appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'incident',
      entityId: incident.id,
      action: 'create',
      field: null,
      oldValue: null,
      newValue: { key: incident.key, title: incident.title, severity: incident.severity },
      actor: ctx.actor.name,
      at: incident.createdAt,
    },
  ]);
}

/** The incident or INCIDENT_NOT_FOUND; private incidents are visible only to who may see them. */
export async function requireIncident(
  db: Executor,
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<Incident> {
  const incident = await findIncidentByKey(db, ctx.workspace.id, key);
  if (!incident || (incident.private && !canSeePrivate(ctx))) {
    throw new AppError('INCIDENT_NOT_FOUND', `incident ${key} does not exist in this workspace`);
  }
  return incident;
}

/** Who may see private incidents. Accounts and roles will grow this; today the owner and tokens can. */
export function canSeePrivate(ctx: UseCaseContext): boolean {
  return ctx.actor.kind === 'owner' || ctx.actor.kind === 'token' || ctx.actor.kind === 'system';
}

/**
 * The stamp (version and timeline revision) of a visible incident: one indexed row read, so a
 * caller holding a view of that exact state can reuse it.
 */
export async function getIncidentStamp(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<IncidentStamp> {
  const stamp = await findIncidentStamp(ctx.database.db, ctx.workspace.id, key);
  if (!stamp || (stamp.private && !canSeePrivate(ctx))) {
    throw new AppError('INCIDENT_NOT_FOUND', `incident ${key} does not exist in this workspace`);
  }
  return stamp;
}

export async function getIncident(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<{ incident: Incident; events: TimelineEvent[] }> {
  const db = ctx.database.db;
  const incident = await requireIncident(db, ctx, key);
  const events = await listTimelineEvents(db, ctx.workspace.id, incident.id);
  return { incident, events };
}

/** Where an incident's review stands, as the incident list shows it. */
export interface IncidentReviewSummary {
  status: ReviewStatus;
  publishDueAt: Instant | null;
  /** Not published and past its publish deadline. */
  overdue: boolean;
}

/** A page of incidents with each one's review summary (absent from `reviews` when none was started). */
export async function listIncidentsPage(
  ctx: UseCaseContext,
  filter: Omit<IncidentFilter, 'includePrivate'>,
  page: { before: number | null; limit: number },
): Promise<IncidentPage & { reviews: Map<IncidentId, IncidentReviewSummary> }> {
  const db = ctx.database.db;
  const found = await listIncidents(
    db,
    ctx.workspace.id,
    { ...filter, includePrivate: canSeePrivate(ctx) },
    page,
  );
  const states = await listReviewStates(
    db,
    ctx.workspace.id,
    found.incidents.map((incident) => incident.id),
  );
  const now = ctx.clock();
  const reviews = new Map<IncidentId, IncidentReviewSummary>();
  for (const [id, state] of states) {
    const overdue =
      state.status !== 'published' && state.publishDueAt !== null && state.publishDueAt < now;
    reviews.set(id, { ...state, overdue });
  }
  return { ...found, reviews };
}

export async function updateIncident(
  ctx: UseCaseContext,
  key: IncidentKey,
  patch: IncidentPatch,
  expectedVersion: number,
): Promise<Incident> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    if (patch.status !== undefined && !canTransitionIncident(incident.status, patch.status)) {
      const allowed = nextIncidentStatuses(incident.status).join(', ');
      throw new AppError(
        'INVALID_TRANSITION',
        `status: an incident that is ${incident.status} can move to ${allowed}, not ${patch.status}`,
      );
    }
    return saveIncidentChanges(db, ctx, incident, { ...incident, ...patch }, expectedVersion);
  });
}

export async function cancelIncident(
  ctx: UseCaseContext,
  key: IncidentKey,
  expectedVersion: number | null,
): Promise<Incident> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    // Staying put is a valid transition in general, but a second cancel is a client mistake.
    if (incident.status === 'cancelled' || !canTransitionIncident(incident.status, 'cancelled')) {
      throw new AppError(
        'INVALID_TRANSITION',
        `status: a ${incident.status} incident cannot be cancelled`,
      );
    }
    const next: Incident = { ...incident, status: 'cancelled' };
    return saveIncidentChanges(db, ctx, incident, next, expectedVersion ?? incident.version);
  });
}
