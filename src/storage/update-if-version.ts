/** @module The optimistic write every editable row uses: update only if the stored version is the one the writer read. */
import type { UpdateObject } from 'kysely';
import type { Executor } from './executor.js';
import type { DB } from './schema.js';

/** Tables whose rows carry `id`, `workspace_id` and a `version` that every write bumps. */
export type VersionedTable =
  | 'incidents'
  | 'timeline_events'
  | 'services'
  | 'reviews'
  | 'action_items';

/**
 * Writes `fields` to the row `id` of `workspaceId` if its version is still `expectedVersion`;
 * false when someone else wrote first (the caller answers 409).
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { id: string; workspaceId: string },
  fields: UpdateObject<DB, T, T>,
  expectedVersion: number,
): Promise<boolean> {
  // Every versioned table has the three key columns; one table's type stands for all of them.
  const result = await db
    .updateTable(table as 'services')
    .set(fields as UpdateObject<DB, 'services', 'services'>)
    .where('id', '=', key.id)
    .where('workspace_id', '=', key.workspaceId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
