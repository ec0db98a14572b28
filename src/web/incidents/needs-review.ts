/** @module Which incidents still owe a review: the list's "Needs review" filter. */
import type { IncidentListItem } from '../client/types.js';

/**
 * True when a review is started but not yet published, or when the incident is resolved and no
 * review was started; cancelled incidents owe none.
 */
export function needsReview(incident: Pick<IncidentListItem, 'status' | 'review'>): boolean {
  if (incident.status === 'cancelled') return false;
  if (incident.review) return incident.review.status !== 'published';
  return incident.status === 'resolved';
}
