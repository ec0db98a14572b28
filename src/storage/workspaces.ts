/** @module Workspaces: tenants, and the counter that numbers their incidents. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import type { Executor } from './executor.js';
import type { WorkspaceTable } from './schema.js';

function workspaceFromRow(row: Omit<WorkspaceTable, 'settings_revision'>): Workspace {
  return {
    id: row.id as WorkspaceId,
    slug: row.slug,
    name: row.name,
    incidentPrefix: row.incident_prefix,
    timeZone: row.time_zone,
    createdAt: row.created_at as Instant,
  };
}

export async function findWorkspaceBySlug(db: Executor, slug: string): Promise<Workspace | null> {
  const row = await db
    .selectFrom('workspaces')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? workspaceFromRow(row) : null;
}

export async function findWorkspaceById(db: Executor, id: WorkspaceId): Promise<Workspace | null> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? workspaceFromRow(row) : null;
}

export async function listWorkspaces(db: Executor): Promise<Workspace[]> {
  const rows = await db.selectFrom('workspaces').selectAll().orderBy('created_at').execute();
  return rows.map(workspaceFromRow);
}

export async function insertWorkspace(
  db: Executor,
  workspace: Workspace,
  nextIncidentNumber = 1,
): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({
      id: workspace.id,
      slug: workspace.slug,
      name: workspace.name,
      incident_prefix: workspace.incidentPrefix,
      next_incident_number: nextIncidentNumber,
      time_zone: workspace.timeZone,
      created_at: workspace.createdAt,
    })
    .execute();
}

/**
 * Takes the next incident number of a workspace. The UPDATE locks the workspace row on
 * PostgreSQL, so two replicas declaring incidents at once still get distinct keys.
 */
export async function takeIncidentNumber(db: Executor, id: WorkspaceId): Promise<number> {
  const row = await db
    .updateTable('workspaces')
    .set((eb) => ({ next_incident_number: eb('next_incident_number', '+', 1) }))
    .where('id', '=', id)
    .returning('next_incident_number')
    .executeTakeFirstOrThrow();
  return Number(row.next_incident_number) - 1;
}

export async function readNextIncidentNumber(db: Executor, id: WorkspaceId): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select('next_incident_number')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.next_incident_number);
}

/** Removes a workspace row; callers make sure nothing refers to it any more. */
export async function deleteWorkspace(db: Executor, id: WorkspaceId): Promise<void> {
  await db.deleteFrom('workspaces').where('id', '=', id).execute();
}
