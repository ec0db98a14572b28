/** @module The audit log: who changed what, when, from which value to which. */
import { randomUUID } from 'node:crypto';
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { Executor } from './executor.js';

export interface AuditEntry {
  id: string;
  workspaceId: WorkspaceId;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  actor: string;
  at: Instant;
}

export type AuditEntryDraft = Omit<AuditEntry, 'id'> & { id?: string };

export async function appendAuditEntries(db: Executor, entries: AuditEntryDraft[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        id: entry.id ?? randomUUID(),
        workspace_id: entry.workspaceId,
        entity: entry.entity,
        entity_id: entry.entityId,
        action: entry.action,
        field: entry.field,
        old_value: entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
        new_value: entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
        actor: entry.actor,
        at: entry.at,
      })),
    )
    .execute();
}

export async function listAuditEntries(
  db: Executor,
  workspaceId: WorkspaceId,
  filter: { entity?: string; entityId?: string } = {},
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('at').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action as AuditEntry['action'],
    field: row.field,
    oldValue: row.old_value === null ? null : JSON.parse(row.old_value),
    newValue: row.new_value === null ? null : JSON.parse(row.new_value),
    actor: row.actor,
    at: row.at as Instant,
  }));
}
