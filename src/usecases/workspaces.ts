/** @module Finding the workspace a request acts in, creating the default one on first start. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import { DEFAULT_WORKSPACE_SLUG, type Workspace } from '../domain/workspace.js';
import { type Database, findWorkspaceBySlug, insertWorkspace, newId } from '../storage/index.js';
import { AppError } from './app-error.js';

/** The default workspace, created if this is a new database. Returns whether it was created. */
export async function ensureDefaultWorkspace(
  database: Database,
  now: Instant,
  timeZone = 'UTC',
): Promise<{ workspace: Workspace; created: boolean }> {
  return database.db.transaction().execute(async (db) => {
    const existing = await findWorkspaceBySlug(db, DEFAULT_WORKSPACE_SLUG);
    if (existing) return { workspace: existing, created: false };
    const workspace: Workspace = {
      id: newId() as WorkspaceId,
      slug: DEFAULT_WORKSPACE_SLUG,
      name: 'Default workspace',
      incidentPrefix: 'INC',
      timeZone,
      createdAt: now,
    };
    await insertWorkspace(db, workspace);
    return { workspace, created: true };
  });
}

export async function requireWorkspace(database: Database, slug: string): Promise<Workspace> {
  const workspace = await findWorkspaceBySlug(database.db, slug);
  if (!workspace) throw new AppError('WORKSPACE_NOT_FOUND', `workspace "${slug}" does not exist`);
  return workspace;
}
