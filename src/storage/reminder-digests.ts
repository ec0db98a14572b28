/** @module The reminder digests the jobs have sent: one row per owner address and day, claimed by inserting it. */
import type { WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';

/** `claimed` while one sender works on it; `off` when mail was off and it was only recorded. */
export type ReminderDigestStatus = 'claimed' | 'sent' | 'failed' | 'off';

export interface ReminderDigestKey {
  workspaceId: WorkspaceId;
  owner: string;
  day: string;
}

export interface ReminderDigestRecord extends ReminderDigestKey {
  status: ReminderDigestStatus;
  attempts: number;
  actionItemIds: string[];
  claimedAt: Instant;
  finishedAt: Instant | null;
  lastError: string | null;
}

/**
 * Claims the digest of one owner and day: true for the one caller whose insert created the row,
 * or who took back a failed one with fewer than `maxAttempts` attempts; false when it is sent,
 * being sent, or has failed too often.
 */
export async function claimReminderDigest(
  db: Executor,
  key: ReminderDigestKey,
  actionItemIds: string[],
  now: Instant,
  maxAttempts: number,
): Promise<boolean> {
  const inserted = await db
    .insertInto('reminder_digests')
    .values({
      workspace_id: key.workspaceId,
      owner: key.owner,
      day: key.day,
      status: 'claimed',
      attempts: 1,
      action_item_ids: toJsonColumn(actionItemIds),
      claimed_at: now,
      finished_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'owner', 'day']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  const retaken = await db
    .updateTable('reminder_digests')
    .set((eb) => ({
      status: 'claimed',
      attempts: eb('attempts', '+', 1),
      action_item_ids: toJsonColumn(actionItemIds),
      claimed_at: now,
    }))
    .where('workspace_id', '=', key.workspaceId)
    .where('owner', '=', key.owner)
    .where('day', '=', key.day)
    .where('status', '=', 'failed')
    .where('attempts', '<', maxAttempts)
    .executeTakeFirst();
  return Number(retaken.numUpdatedRows) === 1;
}

/** Records how a claimed digest ended; a `failed` one can be claimed again by a later run. */
export async function finishReminderDigest(
  db: Executor,
  key: ReminderDigestKey,
  outcome: { status: Exclude<ReminderDigestStatus, 'claimed'>; error: string | null },
  now: Instant,
): Promise<void> {
  await db
    .updateTable('reminder_digests')
    .set({
      status: outcome.status,
      finished_at: now,
      last_error: outcome.error === null ? null : outcome.error.slice(0, 1000),
    })
    .where('workspace_id', '=', key.workspaceId)
    .where('owner', '=', key.owner)
    .where('day', '=', key.day)
    .where('status', '=', 'claimed')
    .execute();
}

/** The digests of one workspace and day, by owner. */
export async function listReminderDigests(
  db: Executor,
  workspaceId: WorkspaceId,
  day: string,
): Promise<ReminderDigestRecord[]> {
  const rows = await db
    .selectFrom('reminder_digests')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('day', '=', day)
    .orderBy('owner')
    .execute();
  return rows.map((row) => ({
    workspaceId: row.workspace_id as WorkspaceId,
    owner: row.owner,
    day: row.day,
    status: row.status as ReminderDigestStatus,
    attempts: Number(row.attempts),
    actionItemIds: fromJsonColumn(row.action_item_ids, []),
    claimedAt: row.claimed_at as Instant,
    finishedAt: row.finished_at as Instant | null,
    lastError: row.last_error,
  }));
}
