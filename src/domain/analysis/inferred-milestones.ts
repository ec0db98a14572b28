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

/*
 * Inference rules; an explicit milestone always wins over all of them.
 *
 * | milestone         | first event (in timeline order) that…                                          |
 * |-------------------|--------------------------------------------------------------------------------|
 * | impactStarted     | is of kind `impact`                                                            |
 * | detected          | is an `alert` (not itself an ack or a resolution), or a `communication`/`note`  |
 * |                   | that reads as a human report ("customer reported", "support ticket", "noticed") |
 * | acknowledged      | is an `action` at or after detection, or any entry that reads "acknowledged",   |
 * |                   | "acked" (at or after detection when detection is known)                        |
 * | mitigated         | reads "mitigated", "rolled back", "failover complete", "workaround in place",   |
 * |                   | or is a `field_change` of status to `mitigated`                                |
 * | resolved          | reads "resolved", "fully recovered", "all clear",                              |
 * |                   | or is a `field_change` of status to `resolved`                                 |
 * | customersNotified | is a `communication` that reads as customer-facing ("status page",             |
 * |                   | "customers notified", "email to customers")                                    |
 *
 * Mitigation and resolution must come at or after the start of impact (when known) and after the
 * last status change back to `investigating`: a fix that did not hold is not the mitigation.
 * Alerts never mark mitigation or resolution, because alerting tools resolve an alert as soon as
 * one symptom dips, which is not the incident's recovery.
 */

/** Keeps each explicit milestone and infers the missing ones from `events` (see the rule table). */
export function inferMilestones(explicit: Milestones, events: TimelineEvent[]): InferredMilestones {
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
  const detected = pick('detected', () => sorted.find(isDetection));
  const acknowledged = pick('acknowledged', () =>
    sorted.find((e) => atOrAfter(e, detected.at) && isAcknowledgement(e, detected.at)),
  );
  const lastReopen = findLastIndex(sorted, (e) => isStatusChangeTo(e, 'investigating'));
  const afterImpact = (e: TimelineEvent, index: number) =>
    index > lastReopen && atOrAfter(e, impactStarted.at);
  const mitigated = pick('mitigated', () =>
    sorted.find((e, i) => afterImpact(e, i) && isRecovery(e, 'mitigation', 'mitigated')),
  );
  const resolved = pick('resolved', () =>
    sorted.find((e, i) => afterImpact(e, i) && isRecovery(e, 'resolution', 'resolved')),
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

function isAcknowledgement(event: TimelineEvent, detectedAt: Instant | null): boolean {
  if (event.kind === 'field_change') return false;
  if (event.kind === 'action' && detectedAt !== null) return true;
  return readsAs(event.text, 'acknowledgement');
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
