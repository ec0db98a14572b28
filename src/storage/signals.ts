/**
 * @module Signals (stored once per workspace, source and dedupe key), their links to incidents, and
 * the origins of imported timeline events (so re-imports skip what is already there).
 */
import type { IncidentId, TimelineEventId, WorkspaceId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { MilestoneName } from '../domain/milestones.js';
import type { SignalDraft, SignalKind, SignalSource } from '../domain/signal.js';
import type { Executor } from './executor.js';
import { fromJsonColumn, toJsonColumn } from './json-column.js';
import type { SignalTable } from './schema.js';

export interface Signal extends SignalDraft {
  id: string;
  workspaceId: WorkspaceId;
  integrationId: string | null;
  receivedAt: Instant;
}

export interface SignalFilter {
  source?: SignalSource;
  service?: string;
  from?: Instant;
  to?: Instant;
}

/** Where a page of signals continues: after this instant and id. */
export interface SignalPosition {
  at: Instant;
  id: string;
}

export interface SignalLink {
  workspaceId: WorkspaceId;
  incidentId: IncidentId;
  signalId: string;
  decision: 'attached' | 'dismissed';
  timelineEventId: TimelineEventId | null;
  milestoneHint: MilestoneName | null;
  decidedAt: Instant;
  decidedBy: string;
}

// 16 columns × 1,000 rows stays below SQLite's 32,766 bound values per statement.
const SIGNAL_BATCH_ROWS = 1000;

/**
 * Inserts the signals not stored yet and returns those it stored. A duplicate of
 * (workspace, source, dedupe key), even one written concurrently, is skipped without an error.
 */
export async function insertNewSignals(db: Executor, signals: Signal[]): Promise<Signal[]> {
  const stored: Signal[] = [];
  for (let i = 0; i < signals.length; i += SIGNAL_BATCH_ROWS) {
    const batch = signals.slice(i, i + SIGNAL_BATCH_ROWS);
    const rows = await db
      .insertInto('signals')
      .values(batch.map(rowFromSignal))
      .onConflict((oc) => oc.columns(['workspace_id', 'source', 'dedupe_key']).doNothing())
      .returning('id')
      .execute();
    const ids = new Set(rows.map((row) => row.id));
    stored.push(...batch.filter((signal) => ids.has(signal.id)));
  }
  return stored;
}

export async function findSignal(
  db: Executor,
  workspaceId: WorkspaceId,
  id: string,
): Promise<Signal | null> {
  const row = await db
    .selectFrom('signals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? signalFromRow(row) : null;
}

/** A page of signals in time order, continuing after `page.after`; `next` is null on the last page. */
export async function listSignals(
  db: Executor,
  workspaceId: WorkspaceId,
  filter: SignalFilter,
  page: { after: SignalPosition | null; limit: number },
): Promise<{ signals: Signal[]; next: SignalPosition | null }> {
  let query = db.selectFrom('signals').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.source) query = query.where('source', '=', filter.source);
  if (filter.service) query = query.where('service', '=', filter.service);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('at', '>', after.at), eb.and([eb('at', '=', after.at), eb('id', '>', after.id)])]),
    );
  }
  const rows = await query
    .orderBy('at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const signals = rows.slice(0, page.limit).map(signalFromRow);
  const last = signals.at(-1);
  return {
    signals,
    next: rows.length > page.limit && last ? { at: last.at, id: last.id } : null,
  };
}

/**
 * Signals of the given services between `from` and `to` that have no link to the incident yet
 * (neither attached nor dismissed), in time order.
 */
export async function listUnlinkedSignals(
  db: Executor,
  workspaceId: WorkspaceId,
  query: { incidentId: IncidentId; services: string[]; from: Instant; to: Instant; limit: number },
): Promise<Signal[]> {
  if (query.services.length === 0) return [];
  const rows = await db
    .selectFrom('signals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('service', 'in', query.services)
    .where('at', '>=', query.from)
    .where('at', '<=', query.to)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('signal_links')
            .select('signal_links.signal_id')
            .whereRef('signal_links.signal_id', '=', 'signals.id')
            .where('signal_links.incident_id', '=', query.incidentId),
        ),
      ),
    )
    .orderBy('at')
    .orderBy('id')
    .limit(query.limit)
    .execute();
  return rows.map(signalFromRow);
}

/** Records a link; false when the signal already has one to this incident (nothing is written). */
export async function insertSignalLink(db: Executor, link: SignalLink): Promise<boolean> {
  const rows = await db
    .insertInto('signal_links')
    .values({
      workspace_id: link.workspaceId,
      incident_id: link.incidentId,
      signal_id: link.signalId,
      decision: link.decision,
      timeline_event_id: link.timelineEventId,
      milestone_hint: link.milestoneHint,
      decided_at: link.decidedAt,
      decided_by: link.decidedBy,
    })
    .onConflict((oc) => oc.columns(['incident_id', 'signal_id']).doNothing())
    .returning('signal_id')
    .execute();
  return rows.length === 1;
}

/** Turns a dismissed suggestion into an attachment; false when it is no longer dismissed. */
export async function attachDismissedSignal(db: Executor, link: SignalLink): Promise<boolean> {
  const result = await db
    .updateTable('signal_links')
    .set({
      decision: 'attached',
      timeline_event_id: link.timelineEventId,
      milestone_hint: link.milestoneHint,
      decided_at: link.decidedAt,
      decided_by: link.decidedBy,
    })
    .where('incident_id', '=', link.incidentId)
    .where('signal_id', '=', link.signalId)
    .where('decision', '=', 'dismissed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findSignalLink(
  db: Executor,
  incidentId: IncidentId,
  signalId: string,
): Promise<SignalLink | null> {
  const row = await db
    .selectFrom('signal_links')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('signal_id', '=', signalId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    workspaceId: row.workspace_id as WorkspaceId,
    incidentId: row.incident_id as IncidentId,
    signalId: row.signal_id,
    decision: row.decision as SignalLink['decision'],
    timelineEventId: row.timeline_event_id as TimelineEventId | null,
    milestoneHint: row.milestone_hint as MilestoneName | null,
    decidedAt: row.decided_at as Instant,
    decidedBy: row.decided_by,
  };
}

/** The milestone hints of an incident's attached signals, by timeline event id. */
export async function listMilestoneHints(
  db: Executor,
  incidentId: IncidentId,
): Promise<Map<TimelineEventId, MilestoneName>> {
  const rows = await db
    .selectFrom('signal_links')
    .select(['timeline_event_id', 'milestone_hint'])
    .where('incident_id', '=', incidentId)
    .where('decision', '=', 'attached')
    .where('milestone_hint', 'is not', null)
    .execute();
  return new Map(
    rows
      .filter((row) => row.timeline_event_id !== null)
      .map((row) => [
        row.timeline_event_id as TimelineEventId,
        row.milestone_hint as MilestoneName,
      ]),
  );
}

function signalFromRow(row: SignalTable): Signal {
  return {
    id: row.id,
    workspaceId: row.workspace_id as WorkspaceId,
    integrationId: row.integration_id,
    source: row.source as SignalSource,
    dedupeKey: row.dedupe_key,
    kind: row.kind as SignalKind,
    at: row.at as Instant,
    sourceZone: row.source_zone,
    title: row.title,
    text: row.text,
    service: row.service,
    incidentKeys: fromJsonColumn(row.incident_keys, []),
    actor: row.actor,
    url: row.url,
    labels: fromJsonColumn(row.labels, {}),
    receivedAt: row.received_at as Instant,
  };
}

function rowFromSignal(signal: Signal): SignalTable {
  return {
    id: signal.id,
    workspace_id: signal.workspaceId,
    integration_id: signal.integrationId,
    source: signal.source,
    dedupe_key: signal.dedupeKey,
    kind: signal.kind,
    at: signal.at,
    source_zone: signal.sourceZone,
    title: signal.title,
    text: signal.text,
    service: signal.service,
    incident_keys: toJsonColumn(signal.incidentKeys),
    actor: signal.actor,
    url: signal.url,
    labels: toJsonColumn(signal.labels),
    received_at: signal.receivedAt,
  };
}
