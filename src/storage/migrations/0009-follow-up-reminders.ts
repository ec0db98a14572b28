/** @module What the periodic jobs have asked: follow-up questions per review, reminder digests per owner and day. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The follow-up question is claimed by setting follow_up_asked_at where it is still null, so
  // of several replicas only one sends it; a failed send clears it again and counts the attempt.
  await db.schema.alterTable('reviews').addColumn('follow_up_asked_at', 'text').execute();
  await db.schema
    .alterTable('reviews')
    .addColumn('follow_up_ask_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('reviews').addColumn('follow_up_ask_error', 'text').execute();
  await db.schema
    .createIndex('reviews_follow_up_due')
    .on('reviews')
    .columns(['follow_up_due_at', 'follow_up_asked_at'])
    .execute();

  // One row per owner address and day is the idempotency key of the reminder digest: inserting
  // it is the claim, and a second replica's insert finds it taken.
  await db.schema
    .createTable('reminder_digests')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('action_item_ids', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('last_error', 'text')
    .addPrimaryKeyConstraint('reminder_digests_key', ['workspace_id', 'owner', 'day'])
    .execute();
}
