/** @module Reading signals, and suggesting, attaching or dismissing them for an incident. */
import type { IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../domain/instant.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  findSignal,
  findSignalLink,
  insertSignalLink,
  listSignals,
  listUnlinkedSignals,
  type Signal,
  type SignalFilter,
  type SignalPosition,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';
import { attachSignal } from './signals-attach.js';

/** How far before impact and after resolution a signal still counts as a suggestion. */
const SUGGESTION_MARGIN_MS = 30 * 60_000;
const MAX_SUGGESTIONS = 200;

export async function listSignalsPage(
  ctx: UseCaseContext,
  filter: SignalFilter,
  page: { after: SignalPosition | null; limit: number },
) {
  return listSignals(ctx.database.db, ctx.workspace.id, filter, page);
}

/**
 * The window in which a signal of an incident's services is suggested: from impact start (else
 * detection, else declaration) − 30 min to resolution (else now) + 30 min.
 */
export function suggestionWindowOf(
  incident: Incident,
  now: Instant,
): { from: Instant; to: Instant } {
  const start =
    incident.milestones.impactStarted ?? incident.milestones.detected ?? incident.createdAt;
  const end = incident.milestones.resolved ?? now;
  return {
    from: instantFromEpochMs(epochMsOf(start) - SUGGESTION_MARGIN_MS),
    to: instantFromEpochMs(epochMsOf(end) + SUGGESTION_MARGIN_MS),
  };
}

/** Signals of the incident's services in its window that are neither attached nor dismissed. */
export async function listSignalSuggestions(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<Signal[]> {
  const db = ctx.database.db;
  const incident = await requireIncident(db, ctx, key);
  return listUnlinkedSignals(db, ctx.workspace.id, {
    incidentId: incident.id,
    services: incident.services,
    ...suggestionWindowOf(incident, ctx.clock()),
    limit: MAX_SUGGESTIONS,
  });
}

/**
 * Confirms (attaches as a timeline event) or dismisses (remembers, so it is not suggested again)
 * a signal for an incident. Any signal of the workspace may be confirmed, suggested or not.
 */
export async function decideSignalSuggestion(
  ctx: UseCaseContext,
  key: IncidentKey,
  signalId: string,
  decision: 'confirm' | 'dismiss',
): Promise<{ decision: 'attached' | 'dismissed'; event: TimelineEvent | null }> {
  return inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    const signal = await findSignal(db, ctx.workspace.id, signalId);
    if (!signal) {
      throw new AppError(
        'SIGNAL_NOT_FOUND',
        `signal ${signalId.slice(0, 40)} does not exist in this workspace`,
      );
    }
    const now = ctx.clock();
    if (decision === 'confirm') {
      const event = await attachSignal(db, incident, signal, { actor: ctx.actor.name, now });
      return { decision: 'attached', event };
    }
    const dismissed = await insertSignalLink(db, {
      workspaceId: ctx.workspace.id,
      incidentId: incident.id,
      signalId: signal.id,
      decision: 'dismissed',
      timelineEventId: null,
      milestoneHint: null,
      decidedAt: now,
      decidedBy: ctx.actor.name,
    });
    // Dismissing twice is harmless; dismissing an attached signal would hide a timeline event.
    if (!dismissed && (await findSignalLink(db, incident.id, signal.id))?.decision === 'attached') {
      throw new AppError(
        'SIGNAL_ALREADY_ATTACHED',
        `signal ${signal.id} is on the timeline of ${incident.key}; delete its event to take it off`,
      );
    }
    return { decision: 'dismissed', event: null };
  });
}
