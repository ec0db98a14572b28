/** @module Adding, editing and deleting timeline events by hand. */
import type { IncidentId, IncidentKey, TimelineEventId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { EvidenceLink, TimelineEvent, TimelineEventKind } from '../domain/timeline-event.js';
import {
  appendAuditEntries,
  deleteTimelineEvent as deleteEventRow,
  type Executor,
  findTimelineEvent,
  insertTimelineEvents,
  listTimelineEvents,
  newId,
  updateTimelineEventIfVersion,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';
import { refreshSearchIndex } from './library-index.js';

export interface TimelineEventCreate {
  at: Instant;
  sourceZone: string;
  kind: Exclude<TimelineEventKind, 'field_change'>;
  text: string;
  actor?: string | null;
  highlight?: boolean;
  links?: EvidenceLink[];
  source?: string;
}

export type TimelineEventPatch = Partial<
  Pick<TimelineEvent, 'at' | 'sourceZone' | 'text' | 'actor' | 'highlight' | 'links'> & {
    kind: Exclude<TimelineEventKind, 'field_change'>;
  }
>;

export async function addTimelineEvent(
  ctx: UseCaseContext,
  key: IncidentKey,
  input: TimelineEventCreate,
): Promise<TimelineEvent> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    const [event] = await insertNewTimelineEvents(db, ctx, incident.id, [input]);
    return event!;
  });
}

/** Adds events to an incident's timeline inside the caller's transaction, each audited. */
export async function insertNewTimelineEvents(
  db: Executor,
  ctx: UseCaseContext,
  incidentId: IncidentId,
  inputs: TimelineEventCreate[],
): Promise<TimelineEvent[]> {
  const now = ctx.clock();
  const events = inputs.map(
    (input): TimelineEvent => ({
      id: newId() as TimelineEventId,
      workspaceId: ctx.workspace.id,
      incidentId,
      at: input.at,
      sourceZone: input.sourceZone,
      kind: input.kind,
      source: input.source ?? 'manual',
      actor: input.actor ?? null,
      text: input.text,
      highlight: input.highlight ?? false,
      links: input.links ?? [],
      change: null,
      version: 1,
      createdAt: now,
      createdBy: ctx.actor.name,
    }),
  );
  await insertTimelineEvents(db, events);
  for (const event of events) {
    await audit(db, ctx, event, 'create', null, {
      at: event.at,
      kind: event.kind,
      text: event.text,
    });
  }
  await refreshSearchIndex(db, ctx);
  return events;
}

export async function listTimeline(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<TimelineEvent[]> {
  const db = ctx.database.db;
  const incident = await requireIncident(db, ctx, key);
  return listTimelineEvents(db, ctx.workspace.id, incident.id);
}

export async function editTimelineEvent(
  ctx: UseCaseContext,
  key: IncidentKey,
  id: TimelineEventId,
  patch: TimelineEventPatch,
  expectedVersion: number,
): Promise<TimelineEvent> {
  return inTransaction(ctx, async (db) => {
    const event = await requireEvent(db, ctx, key, id);
    if (event.kind === 'field_change') {
      throw new AppError(
        'RULE_VIOLATION',
        'kind: recorded field changes are history and cannot be edited',
      );
    }
    if (event.version !== expectedVersion) throw versionConflict(event, expectedVersion);
    const changed = (Object.keys(patch) as (keyof TimelineEventPatch)[]).filter(
      (field) =>
        patch[field] !== undefined && JSON.stringify(patch[field]) !== JSON.stringify(event[field]),
    );
    if (changed.length === 0) return event;
    const saved: TimelineEvent = { ...event, ...stripUndefined(patch), version: event.version + 1 };
    if (!(await updateTimelineEventIfVersion(db, saved, expectedVersion))) {
      throw versionConflict(event, expectedVersion);
    }
    for (const field of changed)
      await audit(db, ctx, saved, 'update', field, event[field], saved[field]);
    await refreshSearchIndex(db, ctx);
    return saved;
  });
}

export async function removeTimelineEvent(
  ctx: UseCaseContext,
  key: IncidentKey,
  id: TimelineEventId,
  expectedVersion: number | null,
): Promise<void> {
  await inTransaction(ctx, async (db) => {
    const event = await requireEvent(db, ctx, key, id);
    if (event.kind === 'field_change') {
      throw new AppError(
        'RULE_VIOLATION',
        'kind: recorded field changes are history and cannot be deleted',
      );
    }
    if (expectedVersion !== null && event.version !== expectedVersion) {
      throw versionConflict(event, expectedVersion);
    }
    await deleteEventRow(db, ctx.workspace.id, id);
    await audit(
      db,
      ctx,
      event,
      'delete',
      null,
      { at: event.at, kind: event.kind, text: event.text },
      null,
    );
    await refreshSearchIndex(db, ctx);
  });
}

async function requireEvent(
  db: Executor,
  ctx: UseCaseContext,
  key: IncidentKey,
  id: TimelineEventId,
): Promise<TimelineEvent> {
  const incident = await requireIncident(db, ctx, key);
  const event = await findTimelineEvent(db, ctx.workspace.id, id);
  if (!event || event.incidentId !== incident.id) {
    throw new AppError('EVENT_NOT_FOUND', `event ${id} is not on the timeline of ${key}`);
  }
  return event;
}

function audit(
  db: Executor,
  ctx: UseCaseContext,
  event: TimelineEvent,
  action: 'create' | 'update' | 'delete',
  field: string | null,
  oldValue: unknown,
  newValue?: unknown,
) {
  return appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'timeline_event',
      entityId: event.id,
      action,
      field,
      oldValue: action === 'create' ? null : oldValue,
      newValue: action === 'create' ? oldValue : newValue,
      actor: ctx.actor.name,
      at: ctx.clock(),
    },
  ]);
}

function versionConflict(event: TimelineEvent, expectedVersion: number): AppError {
  return new AppError(
    'EVENT_VERSION_CONFLICT',
    `version: event ${event.id} is at version ${event.version}, not ${expectedVersion}; reload it and apply your change again`,
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
