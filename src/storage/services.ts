/** @module The service catalog: rows <-> the domain type. */
import type { ServiceId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { Service } from '../domain/service.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { ServiceTable } from './schema.js';
import { updateIfVersion } from './update-if-version.js';

export async function insertService(db: Executor, service: Service): Promise<void> {
  await db.insertInto('services').values(rowFromService(service)).execute();
}

export async function updateServiceIfVersion(
  db: Executor,
  service: Service,
  expectedVersion: number,
): Promise<boolean> {
  const { id, workspace_id, created_at, ...fields } = rowFromService(service);
  const updated = await updateIfVersion(
    db,
    'services',
    { id, workspaceId: workspace_id },
    fields,
    expectedVersion,
  );
  return updated;
}

export async function deleteService(
  db: Executor,
  workspaceId: WorkspaceId,
  id: ServiceId,
): Promise<void> {
  await db
    .deleteFrom('services')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function findServiceByName(
  db: Executor,
  workspaceId: WorkspaceId,
  name: string,
): Promise<Service | null> {
  const row = await db
    .selectFrom('services')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? serviceFromRow(row) : null;
}

export async function listServices(db: Executor, workspaceId: WorkspaceId): Promise<Service[]> {
  const rows = await db
    .selectFrom('services')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  return rows.map(serviceFromRow);
}

function serviceFromRow(row: ServiceTable): Service {
  return {
    id: row.id as ServiceId,
    workspaceId: row.workspace_id as WorkspaceId,
    name: row.name,
    owningTeam: row.owning_team,
    sloTarget: row.slo_target === null ? null : Number(row.slo_target),
    sloWindowDays: Number(row.slo_window_days),
    revenuePerHour: row.revenue_per_hour === null ? null : Number(row.revenue_per_hour),
    tags: fromJsonColumn(row.tags, []),
    version: Number(row.version),
    createdAt: row.created_at as Instant,
    updatedAt: row.updated_at as Instant,
  };
}

function rowFromService(service: Service): ServiceTable {
  return {
    id: service.id,
    workspace_id: service.workspaceId,
    name: service.name,
    owning_team: service.owningTeam,
    slo_target: service.sloTarget,
    slo_window_days: service.sloWindowDays,
    revenue_per_hour: service.revenuePerHour,
    tags: toJsonColumn(service.tags),
    version: service.version,
    created_at: service.createdAt,
    updated_at: service.updatedAt,
  };
}
