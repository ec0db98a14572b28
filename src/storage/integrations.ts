/** @module Integrations: a configured webhook source of a workspace, with the secret it authenticates with. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { SignalSource } from '../domain/signal.js';
import type { Executor } from './executor.js';
import type { IntegrationTable } from './schema.js';

export interface Integration {
  id: string;
  workspaceId: WorkspaceId;
  source: SignalSource;
  name: string;
  secret: string;
  /** Added to every instant the source reports, to correct a skewed clock. */
  clockOffsetSeconds: number;
  enabled: boolean;
  createdAt: Instant;
  createdBy: string;
  disabledAt: Instant | null;
}

export async function insertIntegration(db: Executor, integration: Integration): Promise<void> {
  await db.insertInto('integrations').values(rowFromIntegration(integration)).execute();
}

/** The integration with this id in any workspace: webhook deliveries name only the id. */
export async function findIntegration(db: Executor, id: string): Promise<Integration | null> {
  const row = await db
    .selectFrom('integrations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? integrationFromRow(row) : null;
}

/** Every integration of a workspace, oldest first, disabled ones included. */
export async function listIntegrations(
  db: Executor,
  workspaceId: WorkspaceId,
): Promise<Integration[]> {
  const rows = await db
    .selectFrom('integrations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(integrationFromRow);
}

export async function updateIntegration(db: Executor, integration: Integration): Promise<void> {
  const { id, workspace_id, created_at, created_by, ...fields } = rowFromIntegration(integration);
  await db
    .updateTable('integrations')
    .set(fields)
    .where('id', '=', id)
    .where('workspace_id', '=', workspace_id)
    .execute();
}

function integrationFromRow(row: IntegrationTable): Integration {
  return {
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    source: row.source as SignalSource,
    name: row.name,
    secret: row.secret,
    clockOffsetSeconds: Number(row.clock_offset_seconds),
    enabled: Number(row.enabled) === 1,
    createdAt: row.created_at as Instant,
    createdBy: row.created_by,
    disabledAt: row.disabled_at as Instant | null,
  };
}

function rowFromIntegration(integration: Integration): IntegrationTable {
  return {
    id: integration.id,
    workspace_id: integration.workspaceId,
    source: integration.source,
    name: integration.name,
    secret: integration.secret,
    clock_offset_seconds: integration.clockOffsetSeconds,
    enabled: integration.enabled ? 1 : 0,
    created_at: integration.createdAt,
    created_by: integration.createdBy,
    disabled_at: integration.disabledAt,
  };
}
