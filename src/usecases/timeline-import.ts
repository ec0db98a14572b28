/**
 * @module What every timeline import (CSV/JSONL, Slack) shares: rows stored in batches so a file of
 * any size is never held in memory, counted as imported or duplicate, and one audit entry.
 */
import type { IncidentId } from '../domain/ids.js';
import { appendAuditEntries, type Executor } from '../storage/index.js';
import type { UseCaseContext } from './context.js';

export interface ImportSummary {
  /** Rows read (every valid row, imported or not). */
  read: number;
  imported: number;
  /** Rows whose source id is already on the timeline (an earlier import, or earlier in the file). */
  duplicates: number;
}

const BATCH_ROWS = 2000;

/**
 * Hands `rows` to `store` in batches; `store` returns how many of a batch it stored, the rest
 * were duplicates. `onProgress` hears the rows read after each batch.
 */
export async function storeInBatches<T>(
  rows: AsyncIterable<T>,
  store: (batch: T[]) => Promise<number>,
  onProgress?: (read: number) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { read: 0, imported: 0, duplicates: 0 };
  let batch: T[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const stored = await store(batch);
    summary.read += batch.length;
    summary.imported += stored;
    summary.duplicates += batch.length - stored;
    batch = [];
    onProgress?.(summary.read);
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) await flush();
  }
  await flush();
  return summary;
}

/** Records an import on the incident's audit log, with where it came from (`events.csv`, `slack #db`). */
export async function auditTimelineImport(
  db: Executor,
  ctx: UseCaseContext,
  incidentId: IncidentId,
  summary: ImportSummary,
  origin: string,
): Promise<void> {
  await appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'incident',
      entityId: incidentId,
      action: 'update',
      field: 'timeline',
      oldValue: null,
      newValue: { imported: summary.imported, duplicates: summary.duplicates, from: origin },
      actor: ctx.actor.name,
      at: ctx.clock(),
    },
  ]);
}
