/** @module A workspace's stored policy overrides and custom templates, with their stamps: what export reads. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewTemplate } from '../domain/review/index.js';
import type { Executor } from './executor.js';
import { findPolicyOverrides, type StoredPolicyOverrides } from './policies.js';
import { listReviewTemplates } from './review-templates.js';

/** The custom template list; it is replaced whole, so one stamp covers every template. */
export interface StoredReviewTemplates {
  templates: ReviewTemplate[];
  updatedAt: Instant;
  updatedBy: string;
}

/** The overrides of every severity that has any, by severity. */
export async function listPolicyOverrides(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<StoredPolicyOverrides[]> {
  const rows = await db
    .selectFrom('policies')
    .select('severity')
    .where('workspace_id', '=', workspaceId)
    .orderBy('severity')
    .execute();
  const stored: StoredPolicyOverrides[] = [];
  for (const row of rows) {
    const overrides = await findPolicyOverrides(db, workspaceId, row.severity as Severity);
    if (overrides !== null) stored.push(overrides);
  }
  return stored;
}

/** The custom templates in their order with when and by whom they were last saved; null while the built-in one applies. */
export async function findStoredReviewTemplates(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<StoredReviewTemplates | null> {
  const stamp = await db
    .selectFrom('review_templates')
    .select(['updated_at', 'updated_by'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('updated_at', 'desc')
    .orderBy('position')
    .executeTakeFirst();
  if (stamp === undefined) return null;
  return {
    templates: await listReviewTemplates(db, workspaceId),
    updatedAt: stamp.updated_at as Instant,
    updatedBy: stamp.updated_by,
  };
}
