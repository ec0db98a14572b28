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
  type ExportReview,
} from '../shared/schemas/export.js';
import {
  type AuditEntry,
  listAllIncidents,
  listAuditEntries,
  listServices,
  listWorkspaceOriginKeys,
  listWorkspaceTimelineEvents,
  readNextIncidentNumber,
  type StoredActionItem,
} from '../storage/index.js';
import {
  findStoredReviewTemplates,
  listPolicyOverrides,
} from '../storage/workspace-review-settings.js';
import { listWorkspaceReviews, type WorkspaceReview } from '../storage/workspace-reviews.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';

/**
 * Everything of the workspace: its row with the incident counter, the catalog, every incident with
 * all of its timeline (field changes and origin keys included) and its review with the action
 * items, the custom templates, the policy overrides and the audit log. Read in one transaction,
 * so the document is a consistent snapshot even while others write. Signals, integrations (they
 * hold secrets) and the search index (rebuilt from the rest) are not part of it.
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
      const originKeys = await listWorkspaceOriginKeys(db, workspaceId);
      const reviews = await listWorkspaceReviews(db, workspaceId);
      const templates = await findStoredReviewTemplates(db, workspaceId);
      const policies = await listPolicyOverrides(db, workspaceId);
      const auditLog = await listAuditEntries(db, workspaceId);
      const eventsByIncident = new Map<string, ExportEvent[]>();
      for (const event of events) {
        const exported = exportedEvent(event, originKeys.get(event.id));
        const list = eventsByIncident.get(event.incidentId);
        if (list) list.push(exported);
        else eventsByIncident.set(event.incidentId, [exported]);
      }
      const reviewByIncident = new Map(
        reviews.map((stored) => [stored.review.incidentId as string, exportedReview(stored)]),
      );
      const { id, slug, name, incidentPrefix, timeZone, createdAt } = ctx.workspace;
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt,
        workspace: { id, slug, name, incidentPrefix, timeZone, createdAt, nextIncidentNumber },
        services: services.map(exportedService),
        incidents: incidents.map((incident) =>
          exportedIncident(
            incident,
            eventsByIncident.get(incident.id) ?? [],
            reviewByIncident.get(incident.id) ?? null,
          ),
        ),
        reviewTemplates: templates,
        policies,
        auditLog: auditLog.map(exportedAuditEntry),
      };
    });
}

function exportedService({ workspaceId, ...service }: Service): ExportDocument['services'][number] {
  return service;
}

function exportedIncident(
  { workspaceId, ...incident }: Incident,
  events: ExportEvent[],
  review: ExportReview | null,
): ExportIncident {
  return { ...incident, events, review };
}

function exportedEvent(
  { workspaceId, incidentId, ...event }: TimelineEvent,
  originKey: string | undefined,
): ExportEvent {
  return originKey === undefined ? event : { ...event, originKey };
}

function exportedReview({ review, dueDates }: WorkspaceReview): ExportReview {
  const { workspaceId, incidentId, actionItems, followUp, ...fields } = review;
  return {
    ...fields,
    actionItems: actionItems.map(exportedActionItem),
    // Spelled out so the keys come in one order, whatever order the stored JSON had them in.
    followUp: followUp && {
      dueAt: followUp.dueAt,
      askedAt: followUp.askedAt ?? null,
      items: followUp.items,
      recurrence: followUp.recurrence,
      completedAt: followUp.completedAt,
      completedBy: followUp.completedBy,
    },
    dueDates,
  };
}

function exportedActionItem({
  workspaceId,
  reviewId,
  incidentId,
  ...item
}: StoredActionItem): ExportReview['actionItems'][number] {
  return item;
}

function exportedAuditEntry({
  workspaceId,
  ...entry
}: AuditEntry): ExportDocument['auditLog'][number] {
  return entry;
}
