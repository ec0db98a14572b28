/**
 * @module Counters that tell a reader cheaply whether a cached review view is still true: a review's
 * revision counts writes the review's own version does not see (its action items, the follow-up
 * sweep), and a workspace's settings revision counts policy and template changes.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('reviews')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('settings_revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
