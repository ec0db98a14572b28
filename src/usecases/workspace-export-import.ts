/** @module Restores an export document into an empty database, ids and history included. */
import type {
  IncidentId,
  IncidentKey,
  ServiceId,
  TimelineEventId,
  WorkspaceId,
} from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import type { Workspace } from '../domain/workspace.js';
import {
  countExportDocument,
  type ExportCounts,
  type ExportDocument,
  incidentNumberOf,
} from '../shared/schemas/export.js';
import {
  appendAuditEntries,
  countStoredRows,
  type Database,
  deleteWorkspace,
  type Executor,
  findWorkspaceById,
  findWorkspaceBySlug,
  insertIncident,
  insertService,
  insertTimelineEvents,
  insertWorkspace,
  type RowCounts,
  replaceReviewTemplates,
  savePolicyOverrides,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { insertExportedReview } from './workspace-export-review.js';

export interface ImportReport extends ExportCounts {
  workspace: Workspace;
}

// 10 audit columns per row: 1,000 rows stay far below SQLite's 32,766 bound values per statement.
const AUDIT_BATCH_ROWS = 1000;

/**
 * Writes `document` into a database holding no incidents, services or audit entries, in one
 * transaction: on any failure nothing is stored. An existing workspace with the same id or slug
 * (the default one a first start creates) is replaced. Nothing is added to the audit log, so
 * exporting again gives the same document.
 */
export async function importWorkspace(
  database: Database,
  document: ExportDocument,
): Promise<ImportReport> {
  return database.db.transaction().execute(async (db) => {
    const counts = await countStoredRows(db);
    if (counts.incidents + counts.services + counts.auditEntries > 0) {
      throw new AppError('IMPORT_TARGET_NOT_EMPTY', describeNotEmpty(counts));
    }
    const workspace = await replaceWorkspace(db, document.workspace);
    for (const { id, ...service } of document.services) {
      await insertService(db, { ...service, id: id as ServiceId, workspaceId: workspace.id });
    }
    for (const { events, review, ...fields } of document.incidents) {
      const incident: Incident = {
        ...fields,
        id: fields.id as IncidentId,
        key: fields.key as IncidentKey,
        workspaceId: workspace.id,
      };
      await insertIncident(db, incident, incidentNumberOf(incident.key));
      await insertTimelineEvents(
        db,
        events.map(
          ({ originKey, ...event }): TimelineEvent => ({
            ...event,
            id: event.id as TimelineEventId,
            workspaceId: workspace.id,
            incidentId: incident.id,
          }),
        ),
        // Checked not to repeat within an incident, so none of them is skipped as a duplicate.
        events.map((event) => event.originKey ?? null),
      );
      if (review !== null) await insertExportedReview(db, workspace.id, incident.id, review);
    }
    if (document.reviewTemplates !== null) {
      const { templates, updatedBy, updatedAt } = document.reviewTemplates;
      await replaceReviewTemplates(db, workspace.id, templates, updatedBy, updatedAt);
    }
    for (const policy of document.policies) {
      await savePolicyOverrides(db, workspace.id, policy);
    }
    for (let i = 0; i < document.auditLog.length; i += AUDIT_BATCH_ROWS) {
      const batch = document.auditLog.slice(i, i + AUDIT_BATCH_ROWS);
      await appendAuditEntries(
        db,
        batch.map((entry) => ({ ...entry, workspaceId: workspace.id })),
      );
    }
    return { workspace, ...countExportDocument(document) };
  });
}

async function replaceWorkspace(
  db: Executor,
  exported: ExportDocument['workspace'],
): Promise<Workspace> {
  const { nextIncidentNumber, ...fields } = exported;
  const workspace: Workspace = { ...fields, id: fields.id as WorkspaceId };
  // The database is empty, so nothing refers to these rows any more.
  const sameId = await findWorkspaceById(db, workspace.id);
  if (sameId) await deleteWorkspace(db, sameId.id);
  const sameSlug = await findWorkspaceBySlug(db, workspace.slug);
  if (sameSlug) await deleteWorkspace(db, sameSlug.id);
  await insertWorkspace(db, workspace, nextIncidentNumber);
  return workspace;
}

function describeNotEmpty(counts: RowCounts): string {
  const held = [
    `${counts.incidents} incident${counts.incidents === 1 ? '' : 's'}`,
    ...(counts.services > 0 ? [`${counts.services} service(s)`] : []),
    ...(counts.auditEntries > 0 ? [`${counts.auditEntries} audit entries`] : []),
  ];
  return `the database already has ${held.join(', ')}; import restores into an empty database — point HINDSIGHT_DATA_DIR or DATABASE_URL at a new one`;
}
