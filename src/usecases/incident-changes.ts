/** @module Saves a changed incident: version check, then every changed field on its timeline and in the audit log. */
import type { TimelineEventId } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import { describeFieldChange, diffIncident } from '../domain/incident-changes.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  appendAuditEntries,
  type Executor,
  insertTimelineEvents,
  newId,
  updateIncidentIfVersion,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { refreshSearchIndex } from './library-index.js';

/**
 * Writes `after` over `before` if the stored version is still `expectedVersion`.
 * A save that changes nothing is not an error and does not bump the version.
 */
export async function saveIncidentChanges(
  db: Executor,
  ctx: UseCaseContext,
  before: Incident,
  after: Incident,
  expectedVersion: number,
): Promise<Incident> {
  if (expectedVersion !== before.version) throw versionConflict(before, expectedVersion);
  const changes = diffIncident(before, after);
  if (changes.length === 0) return before;
  const now = ctx.clock();
  const saved: Incident = {
    ...after,
    version: before.version + 1,
    updatedAt: now,
    updatedBy: ctx.actor.name,
  };
  if (!(await updateIncidentIfVersion(db, saved, expectedVersion))) {
    throw versionConflict(before, expectedVersion);
  }
  const events: TimelineEvent[] = changes.map((change) => ({
    id: newId() as TimelineEventId,
    workspaceId: saved.workspaceId,
    incidentId: saved.id,
    at: now,
    sourceZone: 'UTC',
    kind: 'field_change',
    source: 'hindsight',
    actor: ctx.actor.name,
    text: describeFieldChange(change),
    highlight: false,
    links: [],
    change,
    version: 1,
    createdAt: now,
    createdBy: ctx.actor.name,
  }));
  await insertTimelineEvents(db, events);
  await appendAuditEntries(
    db,
    changes.map((change) => ({
      workspaceId: saved.workspaceId,
      entity: 'incident',
      entityId: saved.id,
      action: 'update' as const,
      field: change.field,
      oldValue: change.from,
      newValue: change.to,
      actor: ctx.actor.name,
      at: now,
    })),
  );
  await refreshSearchIndex(db, ctx);
  return saved;
}

function versionConflict(incident: Incident, expectedVersion: number): AppError {
  return new AppError(
    'INCIDENT_VERSION_CONFLICT',
    `version: ${incident.key} is at version ${incident.version}, not ${expectedVersion}; reload it and apply your change again`,
  );
}
