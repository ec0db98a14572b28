/** @module The response durations of an incident, computed from its milestones. */
import { type Seconds, secondsBetween } from './instant.js';
import type { MilestoneName, Milestones } from './milestones.js';

export const DURATION_NAMES = [
  'timeToDetect',
  'timeToAcknowledge',
  'timeToMitigate',
  'timeToResolve',
  'communicationDelay',
] as const;
export type DurationName = (typeof DURATION_NAMES)[number];

/** Each duration in seconds, or null when one of its milestones is missing. */
export type Durations = { [name in DurationName]: Seconds | null };

/** What each duration measures, from which milestone to which; shown wherever a figure is. */
export const DURATION_DEFINITIONS: Record<
  DurationName,
  { from: MilestoneName; to: MilestoneName; definition: string }
> = {
  timeToDetect: { from: 'impactStarted', to: 'detected', definition: 'detected − impact started' },
  timeToAcknowledge: {
    from: 'detected',
    to: 'acknowledged',
    definition: 'acknowledged − detected',
  },
  timeToMitigate: {
    from: 'impactStarted',
    to: 'mitigated',
    definition: 'mitigated − impact started',
  },
  timeToResolve: { from: 'impactStarted', to: 'resolved', definition: 'resolved − impact started' },
  communicationDelay: {
    from: 'detected',
    to: 'customersNotified',
    definition: 'customers notified − detected',
  },
};

/** Computes every duration; a duration with a missing milestone is null, never zero. */
export function computeDurations(milestones: Milestones): Durations {
  const result = {} as Durations;
  for (const name of Object.keys(DURATION_DEFINITIONS) as DurationName[]) {
    const { from, to } = DURATION_DEFINITIONS[name];
    const start = milestones[from];
    const end = milestones[to];
    result[name] = start !== null && end !== null ? secondsBetween(start, end) : null;
  }
  return result;
}
