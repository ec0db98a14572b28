import { describe, expect, it } from 'vitest';
import { computeDurations, DURATION_DEFINITIONS, DURATION_NAMES } from './durations.js';
import type { Instant } from './instant.js';
import { type Milestones, NO_MILESTONES } from './milestones.js';

function buildMilestones(overrides: Partial<Record<keyof Milestones, string>>): Milestones {
  return { ...NO_MILESTONES, ...(overrides as Partial<Milestones>) };
}

describe('computeDurations', () => {
  it('gives null for every duration, never zero, when no milestone is set', () => {
    expect(computeDurations(NO_MILESTONES)).toEqual({
      timeToDetect: null,
      timeToAcknowledge: null,
      timeToMitigate: null,
      timeToResolve: null,
      communicationDelay: null,
    });
  });

  it('computes every duration in seconds from a full set of milestones', () => {
    const milestones = buildMilestones({
      impactStarted: '2026-03-12T09:00:00.000Z',
      detected: '2026-03-12T09:04:30.000Z',
      acknowledged: '2026-03-12T09:06:00.000Z',
      mitigated: '2026-03-12T09:45:00.000Z',
      resolved: '2026-03-12T11:00:00.000Z',
      customersNotified: '2026-03-12T09:20:00.000Z',
    });
    expect(computeDurations(milestones)).toEqual({
      timeToDetect: 270,
      timeToAcknowledge: 90,
      timeToMitigate: 2700,
      timeToResolve: 7200,
      communicationDelay: 930,
    });
  });

  it('computes across midnight and a DST change in UTC terms', () => {
    const milestones = buildMilestones({
      impactStarted: '2026-03-28T23:30:00.000Z',
      resolved: '2026-03-29T02:30:00.000Z',
    });
    expect(computeDurations(milestones).timeToResolve).toBe(10_800);
  });

  it('gives a negative duration when milestones are out of order, so the finding can explain it', () => {
    const milestones = buildMilestones({
      impactStarted: '2026-03-12T09:10:00.000Z',
      detected: '2026-03-12T09:00:00.000Z',
    });
    expect(computeDurations(milestones).timeToDetect).toBe(-600);
  });

  it('leaves a duration null when only one of its milestones is set', () => {
    const durations = computeDurations(
      buildMilestones({ detected: '2026-03-12T09:00:00.000Z' as Instant }),
    );
    expect(durations.timeToDetect).toBeNull();
    expect(durations.timeToAcknowledge).toBeNull();
  });

  it('defines every duration it computes', () => {
    expect(Object.keys(DURATION_DEFINITIONS)).toEqual([...DURATION_NAMES]);
    expect(DURATION_DEFINITIONS.communicationDelay).toEqual({
      from: 'detected',
      to: 'customersNotified',
      definition: 'customers notified − detected',
    });
  });
});
