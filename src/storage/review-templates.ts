/** @module A workspace's review templates, in the order they are offered. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewTemplate } from '../domain/review/index.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import { bumpSettingsRevision } from './review-revision.js';

export async function listReviewTemplates(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<ReviewTemplate[]> {
  const rows = await db
    .selectFrom('review_templates')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.template_id,
    name: row.name,
    severities: fromJsonColumn<Severity[]>(row.severities, []),
    sections: fromJsonColumn(row.sections, []),
    defaultWhyQuestions: fromJsonColumn(row.default_why_questions, []),
  }));
}

/** Replaces the whole list: templates are edited together, so their order is kept. */
export async function replaceReviewTemplates(
  db: Executor,
  workspaceId: WorkspaceId,
  templates: ReviewTemplate[],
  by: string,
  at: Instant,
): Promise<void> {
  await bumpSettingsRevision(db, workspaceId);
  await db.deleteFrom('review_templates').where('workspace_id', '=', workspaceId).execute();
  if (templates.length === 0) return;
  await db
    .insertInto('review_templates')
    .values(
      templates.map((template, position) => ({
        workspace_id: workspaceId,
        template_id: template.id,
        position,
        name: template.name,
        severities: toJsonColumn(template.severities),
        sections: toJsonColumn(template.sections),
        default_why_questions: toJsonColumn(template.defaultWhyQuestions),
        updated_at: at,
        updated_by: by,
      })),
    )
    .execute();
}
