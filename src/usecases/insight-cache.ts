/**
 * @module Insight results remembered under the stamp of the data they were computed from, so a
 * screen, its CSV links and a refresh do not recompute a year of incidents while nothing changed.
 */
import { epochMsOf } from '../domain/instant.js';
import type { Database } from '../storage/index.js';
import { findInsightStamp } from '../storage/insight-stamp.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';

const ENTRIES_PER_DATABASE = 32;
const MINUTE_MS = 60_000;

// Per database object: two databases can hold the same workspace id (an export imported elsewhere).
const caches = new WeakMap<Database, Map<string, unknown>>();

/**
 * `compute()`'s result for `request` (any JSON-able description of the query), reused while the
 * workspace's stamp, the viewer's access to private incidents and the clock's minute stay the
 * same. Figures that depend on the clock (overdue, budgets) are therefore up to a minute old.
 */
export async function cachedInsight<T>(
  ctx: UseCaseContext,
  request: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const stamp = await findInsightStamp(ctx.database.db, ctx.workspace.id);
  const minute = Math.floor(epochMsOf(ctx.clock()) / MINUTE_MS);
  const key = JSON.stringify([ctx.workspace.id, stamp, canSeePrivate(ctx), minute, request]);
  let cache = caches.get(ctx.database);
  if (!cache) {
    cache = new Map();
    caches.set(ctx.database, cache);
  }
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = await compute();
  cache.set(key, result);
  if (cache.size > ENTRIES_PER_DATABASE) cache.delete(cache.keys().next().value as string);
  return result;
}
