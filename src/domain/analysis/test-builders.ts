/** @module Test builders for incidents and timeline events, filling every field a test does not care about. */

import type { IncidentId, IncidentKey, TimelineEventId, WorkspaceId } from '../ids.js';
import type { Incident } from '../incident.js';
import type { Instant } from '../instant.js';
import { NO_MILESTONES } from '../milestones.js';
import type { TimelineEvent } from '../timeline-event.js';

/** A fixed instant on 2026-03-12 at `hhmm` UTC (`'09:15'` or `'09:15:30'`). */
export function at(hhmm: string): Instant {
  const time = hhmm.length === 5 ? `${hhmm}:00` : hhmm;
  return `2026-03-12T${time}.000Z` as Instant;
}

/** A timeline event; `id` and `at` are the fields tests usually set, with `kind` and `text`. */
export function buildEvent(
  overrides: Partial<Omit<TimelineEvent, 'id'>> & { id: string },
): TimelineEvent {
  const when = overrides.at ?? at('09:00');
  return {
    workspaceId: 'ws-1' as WorkspaceId,
    incidentId: 'inc-1' as IncidentId,
    at: when,
    sourceZone: 'UTC',
    kind: 'note',
    source: 'manual',
    actor: null,
    text: '',
    highlight: false,
    links: [],
    change: null,
    version: 1,
    createdAt: when,
    createdBy: 'tester',
    ...overrides,
    id: overrides.id as TimelineEventId,
  };
}

/** A status change recorded on the timeline. */
export function buildStatusChange(
  id: string,
  when: Instant,
  from: string,
  to: string,
): TimelineEvent {
  return buildEvent({
    id,
    at: when,
    kind: 'field_change',
    source: 'hindsight',
    text: `status: ${from} → ${to}`,
    change: { field: 'status', from, to },
  });
}

/** A resolved SEV1 incident with no milestones set by hand. */
export function buildIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1' as IncidentId,
    workspaceId: 'ws-1' as WorkspaceId,
    key: 'INC-7' as IncidentKey,
    title: 'Checkout payments failing',
    severity: 'SEV1',
    status: 'resolved',
    summary: '',
    customerImpact: '',
    services: ['checkout'],
    tags: [],
    roles: [],
    participants: [],
    private: false,
    timeZone: 'UTC',
    milestones: { ...NO_MILESTONES },
    version: 1,
    createdAt: at('09:00'),
    createdBy: 'tester',
    updatedAt: at('09:00'),
    updatedBy: 'tester',
    ...overrides,
  };
}
