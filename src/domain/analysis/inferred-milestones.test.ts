import { describe, expect, it } from 'vitest';
import type { TimelineEventId } from '../ids.js';
import { type MilestoneName, type Milestones, NO_MILESTONES } from '../milestones.js';
import type { TimelineEvent } from '../timeline-event.js';
import { effectiveMilestones, inferMilestones } from './inferred-milestones.js';
import { at, buildEvent, buildStatusChange } from './test-builders.js';

const none: Milestones = { ...NO_MILESTONES };

function inferredFrom(events: TimelineEvent[], explicit: Milestones = none) {
  return inferMilestones(explicit, events);
}

/** Inference with signal hints written as `{ eventId: milestone }`. */
function inferredWithHints(
  events: TimelineEvent[],
  hints: Record<string, MilestoneName>,
  explicit: Milestones = none,
) {
  return inferMilestones(
    explicit,
    events,
    new Map(Object.entries(hints) as [TimelineEventId, MilestoneName][]),
  );
}

describe('inferMilestones', () => {
  it('keeps an explicit milestone over any event', () => {
    const events = [buildEvent({ id: 'e1', at: at('09:00'), kind: 'impact', text: 'Orders drop' })];
    const result = inferredFrom(events, { ...none, impactStarted: at('08:55') });
    expect(result.impactStarted).toEqual({ at: at('08:55'), inferred: false, sourceEventId: null });
  });

  it('leaves a milestone empty when nothing on the timeline marks it', () => {
    const result = inferredFrom([buildEvent({ id: 'e1', kind: 'note', text: 'Opened a bridge' })]);
    expect(result.resolved).toEqual({ at: null, inferred: false, sourceEventId: null });
  });

  it.each<[string, TimelineEvent[], string]>([
    [
      'the first impact event',
      [
        buildEvent({ id: 'a', at: at('09:03'), kind: 'impact', text: 'Refunds fail' }),
        buildEvent({ id: 'b', at: at('09:01'), kind: 'impact', text: 'Card payments fail' }),
      ],
      'b',
    ],
  ])('infers impact started from %s', (_rule, events, id) => {
    expect(inferredFrom(events).impactStarted.sourceEventId).toBe(id);
  });

  it.each<[string, TimelineEvent[], string]>([
    [
      'the first alert',
      [
        buildEvent({ id: 'n', at: at('09:20'), kind: 'note', text: 'Bridge opened' }),
        buildEvent({ id: 'a', at: at('09:10'), kind: 'alert', text: 'CheckoutErrorRate firing' }),
      ],
      'a',
    ],
    [
      'a customer report that comes before any alert',
      [
        buildEvent({
          id: 'c',
          at: at('09:05'),
          kind: 'communication',
          text: 'Support ticket: cards declined',
        }),
        buildEvent({ id: 'a', at: at('09:10'), kind: 'alert', text: 'CheckoutErrorRate firing' }),
      ],
      'c',
    ],
    [
      'a note saying someone noticed the problem',
      [buildEvent({ id: 'n', at: at('09:07'), kind: 'note', text: 'Ana noticed slow page loads' })],
      'n',
    ],
    [
      'the first alert that is not itself an acknowledgement',
      [
        buildEvent({ id: 'ack', at: at('09:04'), kind: 'alert', text: 'Page acknowledged by Ana' }),
        buildEvent({ id: 'a', at: at('09:06'), kind: 'alert', text: 'DiskFull firing on db-2' }),
      ],
      'a',
    ],
  ])('infers detection from %s', (_rule, events, id) => {
    expect(inferredFrom(events).detected.sourceEventId).toBe(id);
  });

  it('does not infer detection from a note that is not a report', () => {
    const events = [
      buildEvent({ id: 'n', at: at('09:07'), kind: 'note', text: 'Deploy of search started' }),
    ];
    expect(inferredFrom(events).detected.at).toBeNull();
  });

  it.each<[string, TimelineEvent[], string]>([
    [
      'the first action at or after detection',
      [
        buildEvent({ id: 'early', at: at('09:00'), kind: 'action', text: 'Scaled the web tier' }),
        buildEvent({ id: 'alert', at: at('09:05'), kind: 'alert', text: 'LatencyHigh firing' }),
        buildEvent({
          id: 'act',
          at: at('09:08'),
          kind: 'action',
          text: 'Opened the payments dashboard',
        }),
      ],
      'act',
    ],
    [
      'an entry saying the page was acked',
      [
        buildEvent({ id: 'alert', at: at('09:05'), kind: 'alert', text: 'LatencyHigh firing' }),
        buildEvent({ id: 'ack', at: at('09:06'), kind: 'note', text: 'Acked by on-call' }),
        buildEvent({
          id: 'act',
          at: at('09:09'),
          kind: 'action',
          text: 'Restarted the worker pool',
        }),
      ],
      'ack',
    ],
  ])('infers acknowledgement from %s', (_rule, events, id) => {
    expect(inferredFrom(events).acknowledged.sourceEventId).toBe(id);
  });

  it('does not infer acknowledgement from an action when detection is unknown', () => {
    const events = [
      buildEvent({ id: 'act', at: at('09:09'), kind: 'action', text: 'Restarted workers' }),
    ];
    expect(inferredFrom(events).acknowledged.at).toBeNull();
  });

  it.each<[string, TimelineEvent[], string]>([
    [
      'a rollback',
      [buildEvent({ id: 'm', at: at('09:30'), kind: 'deploy', text: 'Rolled back api to 4.1' })],
      'm',
    ],
    [
      'a workaround',
      [
        buildEvent({
          id: 'm',
          at: at('09:30'),
          kind: 'action',
          text: 'Workaround in place for EU tenants',
        }),
      ],
      'm',
    ],
    [
      'a status change to mitigated',
      [buildStatusChange('m', at('09:31'), 'investigating', 'mitigated')],
      'm',
    ],
  ])('infers mitigation from %s', (_rule, events, id) => {
    expect(inferredFrom(events).mitigated.sourceEventId).toBe(id);
  });

  it('does not take an alert that resolved itself as the mitigation or resolution', () => {
    const events = [
      buildEvent({ id: 'a', at: at('09:30'), kind: 'alert', text: '[RESOLVED] LatencyHigh' }),
    ];
    const result = inferredFrom(events);
    expect([result.mitigated.at, result.resolved.at]).toEqual([null, null]);
  });

  it('ignores a mitigation written before impact started', () => {
    const events = [
      buildEvent({ id: 'old', at: at('08:00'), kind: 'deploy', text: 'Rolled back search to 2.0' }),
      buildEvent({ id: 'i', at: at('09:00'), kind: 'impact', text: 'Search returns nothing' }),
      buildEvent({ id: 'm', at: at('09:40'), kind: 'action', text: 'Failover complete' }),
    ];
    expect(inferredFrom(events).mitigated.sourceEventId).toBe('m');
  });

  it('ignores a resolution that a later reopening undid', () => {
    const events = [
      buildStatusChange('r1', at('10:00'), 'mitigated', 'resolved'),
      buildStatusChange('re', at('10:20'), 'resolved', 'investigating'),
      buildEvent({ id: 'r2', at: at('11:00'), kind: 'note', text: 'All clear, queues empty' }),
    ];
    expect(inferredFrom(events).resolved.sourceEventId).toBe('r2');
  });

  it.each<[string, TimelineEvent[], string]>([
    [
      'a resolution note',
      [buildEvent({ id: 'r', at: at('10:00'), kind: 'note', text: 'Fully recovered' })],
      'r',
    ],
    [
      'a status change to resolved',
      [buildStatusChange('r', at('10:05'), 'mitigated', 'resolved')],
      'r',
    ],
  ])('infers resolution from %s', (_rule, events, id) => {
    expect(inferredFrom(events).resolved.sourceEventId).toBe(id);
  });

  it('infers customers notified from a customer-facing communication', () => {
    const events = [
      buildEvent({
        id: 'int',
        at: at('09:15'),
        kind: 'communication',
        text: 'Update in #incidents',
      }),
      buildEvent({ id: 'sp', at: at('09:25'), kind: 'communication', text: 'Status page updated' }),
    ];
    expect(inferredFrom(events).customersNotified.sourceEventId).toBe('sp');
  });

  it('does not infer customers notified from a note that mentions the status page', () => {
    const events = [
      buildEvent({
        id: 'n',
        at: at('09:25'),
        kind: 'note',
        text: 'Status page needs a new template',
      }),
    ];
    expect(inferredFrom(events).customersNotified.at).toBeNull();
  });

  it('marks an inferred milestone with its source event', () => {
    const events = [buildEvent({ id: 'i', at: at('09:01'), kind: 'impact', text: 'Orders drop' })];
    expect(inferredFrom(events).impactStarted).toEqual({
      at: at('09:01'),
      inferred: true,
      sourceEventId: 'i',
    });
  });

  it('measures acknowledgement from an explicit detection', () => {
    const events = [
      buildEvent({ id: 'a1', at: at('09:02'), kind: 'action', text: 'Checked dashboards' }),
      buildEvent({ id: 'a2', at: at('09:12'), kind: 'action', text: 'Paged the database team' }),
    ];
    expect(
      inferredFrom(events, { ...none, detected: at('09:10') }).acknowledged.sourceEventId,
    ).toBe('a2');
  });
});

describe('inferMilestones with signal hints', () => {
  const fired = buildEvent({ id: 'fire', at: at('09:00'), kind: 'alert', text: 'CheckoutSlow' });

  it.each<[string, TimelineEvent[], Record<string, MilestoneName>, MilestoneName, string | null]>([
    [
      'a firing signal marks detection even when its text reads as a resolution',
      [
        buildEvent({ id: 'n', at: at('08:58'), kind: 'note', text: 'Deploy started' }),
        buildEvent({ id: 'p', at: at('09:02'), kind: 'alert', text: 'Resolved-items queue late' }),
      ],
      { p: 'detected' },
      'detected',
      'p',
    ],
    [
      'a resolving alert signal is never the detection',
      [
        buildEvent({ id: 'r', at: at('09:01'), kind: 'alert', text: 'CheckoutSlow' }),
        buildEvent({ id: 'f', at: at('09:05'), kind: 'alert', text: 'QueueDepth' }),
      ],
      { r: 'resolved', f: 'detected' },
      'detected',
      'f',
    ],
    [
      "a pager's acknowledgement outranks an earlier action that does not read as one",
      [
        fired,
        buildEvent({ id: 'act', at: at('09:03'), kind: 'action', text: 'Restarted workers' }),
        buildEvent({ id: 'ack', at: at('09:06'), kind: 'action', text: 'Rosa Okafor took it' }),
      ],
      { fire: 'detected', ack: 'acknowledged' },
      'acknowledged',
      'ack',
    ],
    [
      'an acknowledging signal counts even before any detection is known',
      [buildEvent({ id: 'ack', at: at('09:06'), kind: 'action', text: 'Taken by Rosa Okafor' })],
      { ack: 'acknowledged' },
      'acknowledged',
      'ack',
    ],
    [
      'a cleared alert marks resolution although alert wording never does',
      [fired, buildEvent({ id: 'clr', at: at('09:40'), kind: 'alert', text: 'CheckoutSlow' })],
      { fire: 'detected', clr: 'resolved' },
      'resolved',
      'clr',
    ],
    [
      'resolution waits for the last of several alerts to clear',
      [
        fired,
        buildEvent({ id: 'f2', at: at('09:02'), kind: 'alert', text: 'QueueDepth' }),
        buildEvent({ id: 'c1', at: at('09:20'), kind: 'alert', text: 'CheckoutSlow' }),
        buildEvent({ id: 'c2', at: at('09:35'), kind: 'alert', text: 'QueueDepth' }),
      ],
      { fire: 'detected', f2: 'detected', c1: 'resolved', c2: 'resolved' },
      'resolved',
      'c2',
    ],
    [
      'an alert that fired again after clearing leaves the incident unresolved',
      [
        fired,
        buildEvent({ id: 'c1', at: at('09:20'), kind: 'alert', text: 'CheckoutSlow' }),
        buildEvent({ id: 'f2', at: at('09:25'), kind: 'alert', text: 'CheckoutSlow' }),
      ],
      { fire: 'detected', c1: 'resolved', f2: 'detected' },
      'resolved',
      null,
    ],
    [
      'a closed page counts as the resolution when its wording does not say so',
      [fired, buildEvent({ id: 'close', at: at('09:50'), kind: 'action', text: 'Closed by Ana' })],
      { fire: 'detected', close: 'resolved' },
      'resolved',
      'close',
    ],
    [
      'a resolution note before the signals clear still comes first',
      [
        fired,
        buildEvent({ id: 'note', at: at('09:30'), kind: 'note', text: 'Fully recovered' }),
        buildEvent({ id: 'clr', at: at('09:40'), kind: 'alert', text: 'CheckoutSlow' }),
      ],
      { fire: 'detected', clr: 'resolved' },
      'resolved',
      'note',
    ],
    [
      'a cleared alert before a reopening is not the resolution',
      [
        fired,
        buildEvent({ id: 'clr', at: at('09:40'), kind: 'alert', text: 'CheckoutSlow' }),
        buildStatusChange('re', at('09:45'), 'mitigated', 'investigating'),
      ],
      { fire: 'detected', clr: 'resolved' },
      'resolved',
      null,
    ],
  ])('%s', (_rule, events, hints, milestone, id) => {
    expect(inferredWithHints(events, hints)[milestone].sourceEventId).toBe(id);
  });

  it('keeps an explicit milestone over a signal hint', () => {
    const events = [fired, buildEvent({ id: 'ack', at: at('09:06'), kind: 'action', text: 'x' })];
    const result = inferredWithHints(
      events,
      { fire: 'detected', ack: 'acknowledged' },
      { ...none, acknowledged: at('09:04') },
    );
    expect(result.acknowledged).toEqual({ at: at('09:04'), inferred: false, sourceEventId: null });
  });

  it('ignores a hint for an event that is no longer on the timeline', () => {
    const result = inferredWithHints([fired], { fire: 'detected', gone: 'resolved' });
    expect(result.resolved).toEqual({ at: null, inferred: false, sourceEventId: null });
  });
});

describe('effectiveMilestones', () => {
  it('returns the instants of explicit and inferred milestones alike', () => {
    const events = [buildEvent({ id: 'i', at: at('09:01'), kind: 'impact', text: 'Orders drop' })];
    const result = effectiveMilestones(inferredFrom(events, { ...none, resolved: at('11:00') }));
    expect(result).toEqual({ ...none, impactStarted: at('09:01'), resolved: at('11:00') });
  });
});
