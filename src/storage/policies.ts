/** @module A workspace's policy overrides per severity; the defaults fill in everything not overridden. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { PolicyPatch } from '../domain/review/index.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import { bumpSettingsRevision } from './review-revision.js';

export interface StoredPolicyOverrides {
  severity: Severity;
  overrides: PolicyPatch;
  version: number;
  updatedAt: Instant;
  updatedBy: string;
}

export async function findPolicyOverrides(
  db: Executor,
  workspaceId: WorkspaceId,
  severity: Severity,
): Promise<StoredPolicyOverrides | null> {
  const row = await db
    .selectFrom('policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('severity', '=', severity)
    .executeTakeFirst();
  return row
    ? {
        severity: row.severity as Severity,
        overrides: fromJsonColumn(row.overrides, {}),
        version: Number(row.version),
        updatedAt: row.updated_at as Instant,
        updatedBy: row.updated_by,
      }
    : null;
}

/** Inserts or replaces the overrides of one severity. */
export async function savePolicyOverrides(
  db: Executor,
  workspaceId: WorkspaceId,
  stored: StoredPolicyOverrides,
): Promise<void> {
  await bumpSettingsRevision(db, workspaceId);
  await db
    .deleteFrom('policies')
    .where('workspace_id', '=', workspaceId)
    .where('severity', '=', stored.severity)
    .execute();
  await db
    .insertInto('policies')
    .values({
      workspace_id: workspaceId,
      severity: stored.severity,
      overrides: toJsonColumn(stored.overrides),
      version: stored.version,
      updated_at: stored.updatedAt,
      updated_by: stored.updatedBy,
    })
    .execute();
}
