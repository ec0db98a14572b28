/** @module Which status changes an incident may make: investigating → mitigated → resolved, or cancelled. */
import type { IncidentStatus } from './incident.js';

const ALLOWED: Record<IncidentStatus, readonly IncidentStatus[]> = {
  // Reopening is allowed: an incident "resolved" too early is common, and hiding that is worse.
  investigating: ['mitigated', 'resolved', 'cancelled'],
  mitigated: ['investigating', 'resolved', 'cancelled'],
  resolved: ['investigating'],
  cancelled: ['investigating'],
};

/** True when an incident in `from` may move to `to`. Staying put is always allowed. */
export function canTransitionIncident(from: IncidentStatus, to: IncidentStatus): boolean {
  return from === to || ALLOWED[from].includes(to);
}

/** The statuses an incident in `from` may move to. */
export function nextIncidentStatuses(from: IncidentStatus): readonly IncidentStatus[] {
  return ALLOWED[from];
}
