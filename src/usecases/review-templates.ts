/** @module The workspace's review templates: the built-in one until a workspace saves its own. */
import type { WorkspaceId } from '../domain/ids.js';
import { SEVERITIES, type Severity } from '../domain/incident.js';
import {
  DEFAULT_TEMPLATE,
  type ReviewTemplate,
  templateForSeverity,
} from '../domain/review/index.js';
import {
  appendAuditEntries,
  type Executor,
  listReviewTemplates,
  replaceReviewTemplates,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';

export interface TemplatesView {
  templates: ReviewTemplate[];
  /** The template a new review of each severity starts from. */
  defaults: Record<Severity, string>;
  /** False while the workspace uses the built-in template. */
  custom: boolean;
}

/** The templates offered in a workspace: its own, or the built-in one when it has none. */
export async function loadTemplates(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<ReviewTemplate[]> {
  const stored = await listReviewTemplates(db, workspaceId);
  return stored.length > 0 ? stored : [DEFAULT_TEMPLATE];
}

export async function getTemplates(ctx: UseCaseContext): Promise<TemplatesView> {
  const stored = await listReviewTemplates(ctx.database.db, ctx.workspace.id);
  return viewOf(stored);
}

/** Replaces the workspace's templates; an empty list returns to the built-in one. */
export async function replaceTemplates(
  ctx: UseCaseContext,
  templates: ReviewTemplate[],
): Promise<TemplatesView> {
  const problems = checkTemplates(templates);
  if (problems.length > 0) throw new AppError('RULE_VIOLATION', problems.join('; '));
  return inTransaction(ctx, async (db) => {
    const before = await listReviewTemplates(db, ctx.workspace.id);
    const now = ctx.clock();
    await replaceReviewTemplates(db, ctx.workspace.id, templates, ctx.actor.name, now);
    await appendAuditEntries(db, [
      {
        workspaceId: ctx.workspace.id,
        entity: 'review_templates',
        entityId: ctx.workspace.id,
        action: 'update',
        field: null,
        oldValue: before.map((t) => t.id),
        newValue: templates.map((t) => t.id),
        actor: ctx.actor.name,
        at: now,
      },
    ]);
    return viewOf(templates);
  });
}

function viewOf(stored: ReviewTemplate[]): TemplatesView {
  const templates = stored.length > 0 ? stored : [DEFAULT_TEMPLATE];
  const defaults = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, templateForSeverity(templates, severity).id]),
  ) as Record<Severity, string>;
  return { templates, defaults, custom: stored.length > 0 };
}

function checkTemplates(templates: ReviewTemplate[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  templates.forEach((template, t) => {
    if (seen.has(template.id)) {
      problems.push(`templates.${t}.id: "${template.id}" is used by another template`);
    }
    seen.add(template.id);
    const keys = new Set<string>();
    template.sections.forEach((section, s) => {
      if (keys.has(section.key)) {
        problems.push(`templates.${t}.sections.${s}.key: "${section.key}" appears twice`);
      }
      keys.add(section.key);
    });
  });
  return problems;
}
