/** @module Orders of the incident list: newest first, or most severe first (newest within a severity). */
import type { Incident } from '../client/types.js';

export type IncidentSort = 'newest' | 'severity';

export function sortIncidents<T extends Incident>(
  incidents: readonly T[],
  sort: IncidentSort,
): T[] {
  const newestFirst = (a: Incident, b: Incident) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
  // SEV1 sorts before SEV2 as text, so the severity name itself is the rank.
  const bySeverity = (a: Incident, b: Incident) =>
    a.severity === b.severity ? newestFirst(a, b) : a.severity < b.severity ? -1 : 1;
  return [...incidents].sort(sort === 'severity' ? bySeverity : newestFirst);
}
