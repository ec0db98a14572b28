/**
 * @module Covering indexes for the insight stamp: count, sum of versions and latest change of a
 * workspace's incidents, reviews and action items are read from the index alone.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['incidents', 'reviews', 'action_items']) {
    await db.schema
      .createIndex(`${table}_insight_stamp`)
      .on(table)
      .columns(['workspace_id', 'updated_at', 'version'])
      .execute();
  }
}
