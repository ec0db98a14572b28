import { describe, expect, it } from 'vitest';
import type { Instant } from './instant.js';
import { checkMilestoneOrder, type Milestones, NO_MILESTONES } from './milestones.js';

function buildMilestones(overrides: Partial<Record<keyof Milestones, string>>): Milestones {
  return { ...NO_MILESTONES, ...(overrides as Partial<Milestones>) };
}

const T = (minute: number) => `2026-03-12T09:${String(minute).padStart(2, '0')}:00.000Z` as Instant;

describe('checkMilestoneOrder', () => {
  it('finds nothing when no milestone is set', () => {
    expect(checkMilestoneOrder(NO_MILESTONES)).toEqual([]);
  });

  it('finds nothing when every milestone is in order, equal times included', () => {
    const milestones = buildMilestones({
      impactStarted: T(0),
      detected: T(5),
      acknowledged: T(5),
      mitigated: T(30),
      resolved: T(50),
      customersNotified: T(12),
    });
    expect(checkMilestoneOrder(milestones)).toEqual([]);
  });

  it('reports detection before impact with the times, the field and a suggestion', () => {
    expect(checkMilestoneOrder(buildMilestones({ impactStarted: T(10), detected: T(0) }))).toEqual([
      {
        rule: 'milestone-order',
        severity: 'error',
        message:
          'detected (2026-03-12T09:00:00.000Z) is before impactStarted (2026-03-12T09:10:00.000Z)',
        where: { path: 'milestones.detected' },
        suggestion: 'Check both times and their zones; impactStarted must come first.',
      },
    ]);
  });

  it.each([
    [{ detected: T(10), acknowledged: T(5) }, ['milestones.acknowledged']],
    [{ acknowledged: T(20), mitigated: T(15) }, ['milestones.mitigated']],
    [{ mitigated: T(40), resolved: T(30) }, ['milestones.resolved']],
    [{ detected: T(40), resolved: T(30) }, ['milestones.resolved']],
    [{ impactStarted: T(20), customersNotified: T(10) }, ['milestones.customersNotified']],
    [
      { impactStarted: T(50), detected: T(10), mitigated: T(20), resolved: T(30) },
      ['milestones.detected', 'milestones.mitigated', 'milestones.resolved'],
    ],
  ])('reports every pair out of order in %j', (overrides, paths) => {
    const findings = checkMilestoneOrder(buildMilestones(overrides));
    expect(findings.map((f) => f.where?.path)).toEqual(paths);
  });

  it('skips a pair when one side is missing', () => {
    // acknowledged would sit between them; without it, detected after mitigated is not checked.
    expect(checkMilestoneOrder(buildMilestones({ detected: T(40), mitigated: T(10) }))).toEqual([]);
  });
});
