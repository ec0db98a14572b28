/** @module Opens the configured database for a CLI command, and the workspace it acts in. */
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { DEFAULT_WORKSPACE_SLUG } from '../domain/workspace.js';
import { openConfiguredDatabase } from '../server.js';
import { type Database, findWorkspaceBySlug, migrateToLatest } from '../storage/index.js';
import { AppError } from '../usecases/app-error.js';
import type { UseCaseContext } from '../usecases/context.js';

/** The database of HINDSIGHT_DATA_DIR or DATABASE_URL, migrated like the server does at start. */
export async function openCliDatabase(env: Record<string, string | undefined>): Promise<Database> {
  const database = openConfiguredDatabase(loadConfig(env));
  try {
    await migrateToLatest(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Runs `work` in the default workspace, as the owner. Reading commands create nothing: a database
 * without a workspace is most often a wrong HINDSIGHT_DATA_DIR, and seeding it would hide that.
 */
export async function withWorkspace<T>(
  env: Record<string, string | undefined>,
  work: (ctx: UseCaseContext) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env);
  const database = await openCliDatabase(env);
  try {
    const workspace = await findWorkspaceBySlug(database.db, DEFAULT_WORKSPACE_SLUG);
    if (!workspace) {
      throw new AppError(
        'WORKSPACE_NOT_FOUND',
        `${database.location} has no workspace yet; start "hindsight serve" once to create it (with demo incidents unless HINDSIGHT_DEMO=false), or run "hindsight import FILE"`,
      );
    }
    return await work({
      database,
      workspace,
      actor: { name: config.ownerName, kind: 'owner' },
      clock: systemClock,
    });
  } finally {
    await database.close();
  }
}
