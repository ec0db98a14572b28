/** @module Milestones of an incident and the order they must come in. */
import type { Finding } from './finding.js';
import type { Instant } from './instant.js';

export const MILESTONE_NAMES = [
  'impactStarted',
  'detected',
  'acknowledged',
  'mitigated',
  'resolved',
  'customersNotified',
] as const;
export type MilestoneName = (typeof MILESTONE_NAMES)[number];

export type Milestones = { [name in MilestoneName]: Instant | null };

export const NO_MILESTONES: Milestones = {
  impactStarted: null,
  detected: null,
  acknowledged: null,
  mitigated: null,
  resolved: null,
  customersNotified: null,
};

/** Pairs that must not run backwards: the first must be at or before the second. */
const ORDER: ReadonlyArray<readonly [MilestoneName, MilestoneName]> = [
  ['impactStarted', 'detected'],
  ['detected', 'acknowledged'],
  ['impactStarted', 'mitigated'],
  ['acknowledged', 'mitigated'],
  ['mitigated', 'resolved'],
  ['impactStarted', 'resolved'],
  ['detected', 'resolved'],
  ['impactStarted', 'customersNotified'],
];

/** Findings for every pair of set milestones that is out of order (e.g. detected before impact started). */
export function checkMilestoneOrder(milestones: Milestones): Finding[] {
  const findings: Finding[] = [];
  for (const [first, second] of ORDER) {
    const a = milestones[first];
    const b = milestones[second];
    if (a !== null && b !== null && a > b) {
      findings.push({
        rule: 'milestone-order',
        severity: 'error',
        message: `${second} (${b}) is before ${first} (${a})`,
        where: { path: `milestones.${second}` },
        suggestion: `Check both times and their zones; ${first} must come first.`,
      });
    }
  }
  return findings;
}
