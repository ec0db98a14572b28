/** @module What every use case runs with: the database, the workspace, who is acting, and the clock. */
import type { Instant } from '../domain/instant.js';
import type { Workspace } from '../domain/workspace.js';
import type { Database, Executor } from '../storage/index.js';

export interface Actor {
  /** The name recorded on every change this actor makes. */
  name: string;
  kind: 'owner' | 'token' | 'system';
}

export interface UseCaseContext {
  database: Database;
  workspace: Workspace;
  actor: Actor;
  clock: () => Instant;
}

/** Runs `work` in one transaction: everything it writes lands, or nothing does. */
export function inTransaction<T>(
  ctx: UseCaseContext,
  work: (db: Executor) => Promise<T>,
): Promise<T> {
  return ctx.database.db.transaction().execute(work);
}
