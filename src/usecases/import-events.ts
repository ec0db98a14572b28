/**
 * @module Importing timeline events from a stream of rows (CSV/JSONL, Slack): all or nothing in
 * one transaction, in batches so a file of any size is never held in memory.
 */
import type { IncidentKey, TimelineEventId } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import type { EventDraft, EventRow } from '../ingest/events-file/event-draft.js';
import {
  appendAuditEntries,
  type Executor,
  findKnownOrigins,
  insertEventOrigins,
  insertTimelineEvents,
  newId,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';

export interface ImportSummary {
  /** Rows read (every valid row, imported or not). */
  read: number;
  imported: number;
  /** Rows whose source id is already on the timeline (an earlier import, or earlier in the file). */
  duplicates: number;
}

export interface ImportOptions {
  /** Called after each stored batch with the rows read so far. */
  onProgress?: (read: number) => void;
  /** What the audit log records as the origin (`events.csv`, `slack #incident-db`). */
  origin: string;
}

const BATCH_ROWS = 2000;

/**
 * Adds every row to the incident's timeline. The first refused row throws VALIDATION_FAILED
 * `line N: field: reason` and nothing is stored; rows whose source id was imported before are skipped.
 */
export async function importTimelineEvents(
  ctx: UseCaseContext,
  key: IncidentKey,
  rows: AsyncIterable<EventRow>,
  options: ImportOptions,
): Promise<ImportSummary> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    const summary: ImportSummary = { read: 0, imported: 0, duplicates: 0 };
    let batch: EventDraft[] = [];
    for await (const row of rows) {
      if ('problem' in row)
        throw new AppError('VALIDATION_FAILED', `line ${row.line}: ${row.problem}`);
      batch.push(row.draft);
      summary.read += 1;
      if (batch.length === BATCH_ROWS) {
        await storeBatch(db, ctx, incident, batch, summary);
        batch = [];
        options.onProgress?.(summary.read);
      }
    }
    await storeBatch(db, ctx, incident, batch, summary);
    options.onProgress?.(summary.read);
    await appendAuditEntries(db, [
      {
        workspaceId: ctx.workspace.id,
        entity: 'incident',
        entityId: incident.id,
        action: 'update',
        field: 'timeline',
        oldValue: null,
        newValue: {
          imported: summary.imported,
          duplicates: summary.duplicates,
          from: options.origin,
        },
        actor: ctx.actor.name,
        at: ctx.clock(),
      },
    ]);
    return summary;
  });
}

async function storeBatch(
  db: Executor,
  ctx: UseCaseContext,
  incident: Incident,
  drafts: EventDraft[],
  summary: ImportSummary,
): Promise<void> {
  if (drafts.length === 0) return;
  const keys = drafts.flatMap((draft) => (draft.originKey === null ? [] : [draft.originKey]));
  const known = keys.length > 0 ? await findKnownOrigins(db, incident.id, keys) : new Set<string>();
  const now = ctx.clock();
  const events: TimelineEvent[] = [];
  const origins: { key: string; id: TimelineEventId }[] = [];
  for (const draft of drafts) {
    if (draft.originKey !== null) {
      if (known.has(draft.originKey)) {
        summary.duplicates += 1;
        continue;
      }
      known.add(draft.originKey);
    }
    const id = newId() as TimelineEventId;
    if (draft.originKey !== null) origins.push({ key: draft.originKey, id });
    events.push({
      id,
      workspaceId: ctx.workspace.id,
      incidentId: incident.id,
      at: draft.at,
      sourceZone: draft.sourceZone,
      kind: draft.kind,
      source: draft.source,
      actor: draft.actor,
      text: draft.text,
      highlight: false,
      links: [],
      change: null,
      version: 1,
      createdAt: now,
      createdBy: ctx.actor.name,
    });
  }
  await insertTimelineEvents(db, events);
  await insertEventOrigins(
    db,
    origins.map((origin) => ({
      workspaceId: ctx.workspace.id,
      incidentId: incident.id,
      originKey: origin.key,
      timelineEventId: origin.id,
    })),
  );
  summary.imported += events.length;
}
