/** @module Exports a whole workspace as one JSON document that `importWorkspace` restores losslessly. */
import type { Incident } from '../domain/incident.js';
import type { Service } from '../domain/service.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  type ExportEvent,
  type ExportIncident,
} from '../shared/schemas/export.js';
import {
  type AuditEntry,
  listAllIncidents,
  listAuditEntries,
  listServices,
  listWorkspaceTimelineEvents,
  readNextIncidentNumber,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';

/**
 * Everything of the workspace: its row with the incident counter, the catalog, every incident with
 * all of its timeline (field changes included) and the audit log. Read in one transaction, so the
 * document is a consistent snapshot even while others write.
 */
export async function exportWorkspace(ctx: UseCaseContext): Promise<ExportDocument> {
  if (!canSeePrivate(ctx)) {
    throw new AppError('FORBIDDEN', 'an export holds private incidents; ask the owner to run it');
  }
  const workspaceId = ctx.workspace.id;
  const exportedAt = ctx.clock();
  return ctx.database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (db) => {
      const nextIncidentNumber = await readNextIncidentNumber(db, workspaceId);
      const services = await listServices(db, workspaceId);
      const incidents = await listAllIncidents(db, workspaceId);
      const events = await listWorkspaceTimelineEvents(db, workspaceId);
      const auditLog = await listAuditEntries(db, workspaceId);
      const eventsByIncident = new Map<string, TimelineEvent[]>();
      for (const event of events) {
        const list = eventsByIncident.get(event.incidentId);
        if (list) list.push(event);
        else eventsByIncident.set(event.incidentId, [event]);
      }
      const { id, slug, name, incidentPrefix, timeZone, createdAt } = ctx.workspace;
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt,
        workspace: { id, slug, name, incidentPrefix, timeZone, createdAt, nextIncidentNumber },
        services: services.map(exportedService),
        incidents: incidents.map((incident) =>
          exportedIncident(incident, eventsByIncident.get(incident.id) ?? []),
        ),
        auditLog: auditLog.map(exportedAuditEntry),
      };
    });
}

function exportedService({ workspaceId, ...service }: Service): ExportDocument['services'][number] {
  return service;
}

function exportedIncident(
  { workspaceId, ...incident }: Incident,
  events: TimelineEvent[],
): ExportIncident {
  return { ...incident, events: events.map(exportedEvent) };
}

function exportedEvent({ workspaceId, incidentId, ...event }: TimelineEvent): ExportEvent {
  return event;
}

function exportedAuditEntry({
  workspaceId,
  ...entry
}: AuditEntry): ExportDocument['auditLog'][number] {
  return entry;
}
