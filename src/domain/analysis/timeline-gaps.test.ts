import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import type { MilestoneName } from '../milestones.js';
import { DEFAULT_POLICIES } from '../review/policy.js';
import type { TimelineEvent } from '../timeline-event.js';
import type { InferredMilestones } from './inferred-milestones.js';
import { at, buildEvent } from './test-builders.js';
import { findTimelineGaps } from './timeline-gaps.js';

const SEV1 = DEFAULT_POLICIES.SEV1;

function milestonesOf(
  set: Partial<Record<MilestoneName, [Instant, string | null]>>,
): InferredMilestones {
  const one = (name: MilestoneName) => {
    const value = set[name];
    return value
      ? {
          at: value[0],
          inferred: value[1] !== null,
          sourceEventId: value[1] as TimelineEvent['id'] | null,
        }
      : { at: null, inferred: false, sourceEventId: null };
  };
  return {
    impactStarted: one('impactStarted'),
    detected: one('detected'),
    acknowledged: one('acknowledged'),
    mitigated: one('mitigated'),
    resolved: one('resolved'),
    customersNotified: one('customersNotified'),
  };
}

const events = [
  buildEvent({ id: 'imp', at: at('09:00'), kind: 'impact', text: 'Card payments fail' }),
  buildEvent({
    id: 'tkt',
    at: at('09:14'),
    kind: 'communication',
    text: 'Support ticket: cards declined',
  }),
];

describe('findTimelineGaps', () => {
  it.each<[string, Partial<Record<MilestoneName, [Instant, string | null]>>, number]>([
    ['detection', { impactStarted: [at('09:00'), null], detected: [at('09:06'), null] }, 360],
    ['response', { detected: [at('09:00'), null], acknowledged: [at('09:05:01'), null] }, 301],
    ['mitigation', { acknowledged: [at('09:00'), null], mitigated: [at('10:01'), null] }, 3660],
    ['recovery', { mitigated: [at('09:00'), null], resolved: [at('13:30'), null] }, 16200],
    [
      'communication',
      { detected: [at('09:00'), null], customersNotified: [at('09:45'), null] },
      2700,
    ],
  ])('reports a %s gap longer than the SEV1 threshold', (phase, set, seconds) => {
    const gaps = findTimelineGaps(milestonesOf(set), [], SEV1);
    expect(gaps.map((g) => [g.phase, g.seconds])).toEqual([[phase, seconds]]);
  });

  it('reports nothing for a phase exactly at its threshold', () => {
    const set = { impactStarted: [at('09:00'), null], detected: [at('09:05'), null] } as const;
    expect(findTimelineGaps(milestonesOf(set as never), [], SEV1)).toEqual([]);
  });

  it('reports nothing when a bounding milestone is missing', () => {
    expect(findTimelineGaps(milestonesOf({ detected: [at('09:00'), null] }), [], SEV1)).toEqual([]);
  });

  it('reports nothing for milestones that run backwards', () => {
    const set = { impactStarted: [at('09:30'), null], detected: [at('09:00'), null] } as const;
    expect(findTimelineGaps(milestonesOf(set as never), [], SEV1)).toEqual([]);
  });

  it('starts the mitigation phase at detection when nobody acknowledged', () => {
    const set = { detected: [at('09:00'), null], mitigated: [at('10:30'), null] } as const;
    const [gap] = findTimelineGaps(milestonesOf(set as never), [], SEV1);
    expect([gap?.phase, gap?.from.milestone, gap?.seconds]).toEqual([
      'mitigation',
      'detected',
      5400,
    ]);
  });

  it('uses the looser thresholds of a lower severity', () => {
    const set = { impactStarted: [at('09:00'), null], detected: [at('09:08'), null] } as const;
    expect(findTimelineGaps(milestonesOf(set as never), [], DEFAULT_POLICIES.SEV2)).toEqual([]);
  });

  it('names the bounding events in the finding', () => {
    const set = { impactStarted: [at('09:00'), 'imp'], detected: [at('09:14'), 'tkt'] } as const;
    const [gap] = findTimelineGaps(milestonesOf(set as never), events, SEV1);
    expect(gap?.finding).toMatchObject({
      rule: 'gap-detection',
      severity: 'warning',
      message:
        'Detection took 14 min, over the 5 min threshold: from impact started (2026-03-12 09:00 UTC [impact] "Card payments fail") to detected (2026-03-12 09:14 UTC [communication] "Support ticket: cards declined")',
      where: { path: 'milestones.detected' },
    });
  });

  it('finds the event at the instant of a milestone set by hand', () => {
    const set = { impactStarted: [at('09:00'), null], detected: [at('09:14'), null] } as const;
    const [gap] = findTimelineGaps(milestonesOf(set as never), events, SEV1);
    expect([gap?.from.eventId, gap?.to.eventId]).toEqual(['imp', 'tkt']);
  });

  it('says so when a milestone set by hand has no timeline entry', () => {
    const set = { impactStarted: [at('08:50'), null], detected: [at('09:14'), 'tkt'] } as const;
    const [gap] = findTimelineGaps(milestonesOf(set as never), events, SEV1);
    expect(gap?.finding.message).toContain(
      'from impact started (2026-03-12 08:50 UTC, no timeline entry)',
    );
  });
});
