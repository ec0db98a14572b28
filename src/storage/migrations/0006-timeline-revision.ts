/** @module Counts changes to each incident's timeline, so readers can tell cheaply whether it changed. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('incidents')
    .addColumn('timeline_revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
