/** @module Milestones inferred from the timeline where none was set by hand, each with the event it came from. */
import type { TimelineEventId } from '../ids.js';
import type { Instant } from '../instant.js';
import type { MilestoneName, Milestones } from '../milestones.js';
import { compareTimelineEvents, type TimelineEvent } from '../timeline-event.js';
import { type EventSignal, readsAs } from './milestone-phrases.js';

export interface InferredMilestone {
  at: Instant | null;
  /** True when the value was read from the timeline rather than set by a person. */
  inferred: boolean;
  sourceEventId: TimelineEventId | null;
}

export type InferredMilestones = { [name in MilestoneName]: InferredMilestone };

/**
 * What the signals attached to an incident say their timeline events mark, by event id: a firing
 * alert or page `detected`, a page acknowledgement `acknowledged`, a cleared alert or closed page
 * `resolved`.
 */
export type MilestoneHints = ReadonlyMap<TimelineEventId, MilestoneName>;

const NO_HINTS: MilestoneHints = new Map();

/*
 * Inference rules; an explicit milestone always wins over all of them.
 *
 * | milestone         | first event (in timeline order) that…                                          |
 * |-------------------|--------------------------------------------------------------------------------|
 * | impactStarted     | is of kind `impact`                                                            |
 * | detected          | comes from a firing signal, or is an `alert` (not itself an ack or a           |
 * |                   | resolution, by signal or wording), or a `communication`/`note` that reads as a  |
 * |                   | human report ("customer reported", "support ticket", "noticed")                 |
 * | acknowledged      | comes from an acknowledging signal or reads "acknowledged", "acked"; failing    |
 * |                   | both, is an `action`; in each case at or after detection when that is known     |
 * | mitigated         | reads "mitigated", "rolled back", "failover complete", "workaround in place",   |
 * |                   | or is a `field_change` of status to `mitigated`                                |
 * | resolved          | reads "resolved", "fully recovered", "all clear", or is a `field_change` of     |
 * |                   | status to `resolved`, or is the all-clear signal: the last resolving signal,    |
 * |                   | provided no signal fired after it                                              |
 * | customersNotified | is a `communication` that reads as customer-facing ("status page",             |
 * |                   | "customers notified", "email to customers")                                    |
 *
 * Mitigation and resolution must come at or after the start of impact (when known) and after the
 * last status change back to `investigating`: a fix that did not hold is not the mitigation.
 * The wording of an alert never marks mitigation or resolution, because alerting tools resolve an
 * alert as soon as one symptom dips, which is not the incident's recovery; so a resolving signal
 * counts only when it is the last one and nothing fired again after it.
 * An acknowledgement, by signal or wording, outranks a mere `action`: it records who took the page.
 */

/**
 * Keeps each explicit milestone and infers the missing ones from `events` (see the rule table),
 * taking `hints` (from the incident's attached signals) as what their events mark.
 */
export function inferMilestones(
  explicit: Milestones,
  events: TimelineEvent[],
  hints: MilestoneHints = NO_HINTS,
): InferredMilestones {
  const sorted = [...events].sort(compareTimelineEvents);
  const pick = (name: MilestoneName, find: () => TimelineEvent | undefined): InferredMilestone => {
    const at = explicit[name];
    if (at !== null) return { at, inferred: false, sourceEventId: null };
    const event = find();
    return event
      ? { at: event.at, inferred: true, sourceEventId: event.id }
      : { at: null, inferred: false, sourceEventId: null };
  };

  const impactStarted = pick('impactStarted', () => sorted.find((e) => e.kind === 'impact'));
  const detected = pick('detected', () =>
    sorted.find((e) => {
      const hint = hints.get(e.id);
      return hint === undefined ? isDetection(e) : hint === 'detected';
    }),
  );
  const afterDetection = sorted.filter((e) => atOrAfter(e, detected.at));
  const acknowledged = pick(
    'acknowledged',
    () =>
      afterDetection.find((e) => hints.get(e.id) === 'acknowledged' || readsAsAcknowledgement(e)) ??
      afterDetection.find((e) => e.kind === 'action' && detected.at !== null),
  );
  const lastReopen = findLastIndex(sorted, (e) => isStatusChangeTo(e, 'investigating'));
  const afterImpact = (e: TimelineEvent, index: number) =>
    index > lastReopen && atOrAfter(e, impactStarted.at);
  const mitigated = pick('mitigated', () =>
    sorted.find((e, i) => afterImpact(e, i) && isRecovery(e, 'mitigation', 'mitigated')),
  );
  const allClear = findAllClear(sorted, hints);
  const resolved = pick('resolved', () =>
    sorted.find(
      (e, i) => afterImpact(e, i) && (e === allClear || isRecovery(e, 'resolution', 'resolved')),
    ),
  );
  const customersNotified = pick('customersNotified', () =>
    sorted.find((e) => e.kind === 'communication' && readsAs(e.text, 'customerNotice')),
  );
  return { impactStarted, detected, acknowledged, mitigated, resolved, customersNotified };
}

/** The plain milestones (explicit or inferred), as `computeDurations` and `checkMilestoneOrder` take them. */
export function effectiveMilestones(inferred: InferredMilestones): Milestones {
  return {
    impactStarted: inferred.impactStarted.at,
    detected: inferred.detected.at,
    acknowledged: inferred.acknowledged.at,
    mitigated: inferred.mitigated.at,
    resolved: inferred.resolved.at,
    customersNotified: inferred.customersNotified.at,
  };
}

function isDetection(event: TimelineEvent): boolean {
  if (event.kind === 'alert') {
    return !readsAs(event.text, 'acknowledgement') && !readsAs(event.text, 'resolution');
  }
  return (
    (event.kind === 'communication' || event.kind === 'note') && readsAs(event.text, 'humanReport')
  );
}

function readsAsAcknowledgement(event: TimelineEvent): boolean {
  return event.kind !== 'field_change' && readsAs(event.text, 'acknowledgement');
}

/** The last event a resolving signal marks, unless a signal fired after it (then nothing). */
function findAllClear(sorted: TimelineEvent[], hints: MilestoneHints): TimelineEvent | undefined {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const hint = hints.get(sorted[i]!.id);
    if (hint === 'resolved') return sorted[i];
    if (hint === 'detected') return undefined;
  }
  return undefined;
}

function isRecovery(event: TimelineEvent, signal: EventSignal, status: string): boolean {
  if (event.kind === 'field_change') return isStatusChangeTo(event, status);
  return event.kind !== 'alert' && readsAs(event.text, signal);
}

function isStatusChangeTo(event: TimelineEvent, status: string): boolean {
  return (
    event.kind === 'field_change' && event.change?.field === 'status' && event.change.to === status
  );
}

function atOrAfter(event: TimelineEvent, instant: Instant | null): boolean {
  return instant === null || event.at >= instant;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
