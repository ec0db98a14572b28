/** @module Keeps search documents current: write use cases rebuild what their change made stale, reads catch up the rest. */
import type { Executor } from '../storage/index.js';
import { hasDirtyMarks, refreshWorkspaceIndex } from '../storage/search/index.js';
import type { UseCaseContext } from './context.js';

/**
 * Rebuilds every stale document of the workspace inside the caller's transaction, so a write and
 * its index entry land together. Returns how many documents were rebuilt.
 */
export async function refreshSearchIndex(db: Executor, ctx: UseCaseContext): Promise<number> {
  return refreshWorkspaceIndex(db, ctx.database.dialect, ctx.workspace.id, ctx.clock());
}

/**
 * Catches up documents that writes outside the search-aware use cases left stale (imports, action
 * items), in a transaction of its own and only when there are any, so a read stays a read.
 */
export async function refreshSearchIndexIfStale(ctx: UseCaseContext): Promise<void> {
  if (!(await hasDirtyMarks(ctx.database.db, ctx.workspace.id))) return;
  await ctx.database.db.transaction().execute((db) => refreshSearchIndex(db, ctx));
}
