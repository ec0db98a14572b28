/** @module Attaching a signal to an incident: one timeline event per signal per incident, never two. */
import type { TimelineEventId } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import { milestoneHintOfSignal, timelineKindOfSignal } from '../domain/signal.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  appendAuditEntries,
  attachDismissedSignal,
  type Executor,
  findSignalLink,
  insertSignalLink,
  insertTimelineEvents,
  newId,
  type Signal,
  type SignalLink,
} from '../storage/index.js';
import { AppError } from './app-error.js';

const MAX_EVENT_TEXT = 10_000;

/** The timeline text of a signal: its title, then its text unless that already starts with the title. */
export function eventTextOfSignal(signal: Pick<Signal, 'title' | 'text'>): string {
  const text = signal.text.trim();
  const joined =
    text === '' ? signal.title : text.startsWith(signal.title) ? text : `${signal.title}\n${text}`;
  return joined.length > MAX_EVENT_TEXT ? `${joined.slice(0, MAX_EVENT_TEXT - 1)}…` : joined;
}

/**
 * Writes the signal onto the incident's timeline and links the two (a dismissed suggestion may
 * still be attached). Refuses with SIGNAL_ALREADY_ATTACHED when it is on that timeline already.
 */
export async function attachSignal(
  db: Executor,
  incident: Incident,
  signal: Signal,
  by: { actor: string; now: Instant },
): Promise<TimelineEvent> {
  const event: TimelineEvent = {
    id: newId() as TimelineEventId,
    workspaceId: incident.workspaceId,
    incidentId: incident.id,
    at: signal.at,
    sourceZone: signal.sourceZone,
    kind: timelineKindOfSignal(signal.kind),
    source: signal.source,
    actor: signal.actor,
    text: eventTextOfSignal(signal),
    highlight: false,
    links:
      signal.url && /^https?:\/\//i.test(signal.url)
        ? [{ url: signal.url, title: signal.title.slice(0, 200) }]
        : [],
    change: null,
    version: 1,
    createdAt: by.now,
    createdBy: by.actor,
  };
  const link: SignalLink = {
    workspaceId: incident.workspaceId,
    incidentId: incident.id,
    signalId: signal.id,
    decision: 'attached',
    timelineEventId: event.id,
    milestoneHint: milestoneHintOfSignal(signal.kind),
    decidedAt: by.now,
    decidedBy: by.actor,
  };
  // The event goes in first: the link refers to it.
  await insertTimelineEvents(db, [event]);
  const linked = (await insertSignalLink(db, link)) || (await attachDismissedSignal(db, link));
  if (!linked) {
    const existing = await findSignalLink(db, incident.id, signal.id);
    throw new AppError(
      'SIGNAL_ALREADY_ATTACHED',
      `signal ${signal.id} is already on the timeline of ${incident.key}${existing?.timelineEventId ? ` (event ${existing.timelineEventId})` : ''}`,
    );
  }
  await appendAuditEntries(db, [
    {
      workspaceId: incident.workspaceId,
      entity: 'timeline_event',
      entityId: event.id,
      action: 'create',
      field: null,
      oldValue: null,
      newValue: { at: event.at, kind: event.kind, text: event.text, signal: signal.id },
      actor: by.actor,
      at: by.now,
    },
  ]);
  return event;
}
