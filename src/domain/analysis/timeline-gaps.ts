/** @module Gaps: response phases that took longer than the policy allows, with the entries around them. */
import type { Finding } from '../finding.js';
import type { TimelineEventId } from '../ids.js';
import { type Instant, type Seconds, secondsBetween } from '../instant.js';
import type { MilestoneName } from '../milestones.js';
import { GAP_PHASES, type GapPhase, type Policy } from '../review/policy.js';
import type { TimelineEvent } from '../timeline-event.js';
import { labelDuration, labelEvent, labelInstant } from './event-label.js';
import type { InferredMilestones } from './inferred-milestones.js';

export interface GapBound {
  milestone: MilestoneName;
  at: Instant;
  /** The entry the milestone was read from, or an entry at the same instant; null when there is none. */
  eventId: TimelineEventId | null;
}

export interface Gap {
  phase: GapPhase;
  seconds: Seconds;
  thresholdSeconds: number;
  from: GapBound;
  to: GapBound;
  finding: Finding;
}

/** Each phase runs from the first set milestone of `from` to `to`. */
export const GAP_PHASE_BOUNDS: Record<GapPhase, { from: MilestoneName[]; to: MilestoneName }> = {
  detection: { from: ['impactStarted'], to: 'detected' },
  response: { from: ['detected'], to: 'acknowledged' },
  // Teams that skip the acknowledgement still mitigate; the phase then starts at detection.
  mitigation: { from: ['acknowledged', 'detected'], to: 'mitigated' },
  recovery: { from: ['mitigated'], to: 'resolved' },
  communication: { from: ['detected'], to: 'customersNotified' },
};

const MILESTONE_LABELS: Record<MilestoneName, string> = {
  impactStarted: 'impact started',
  detected: 'detected',
  acknowledged: 'acknowledged',
  mitigated: 'mitigated',
  resolved: 'resolved',
  customersNotified: 'customers notified',
};

const SUGGESTIONS: Record<GapPhase, string> = {
  detection:
    'Ask which signal could have shown this impact sooner: an alert on the symptom customers saw, or a synthetic check of the path they use.',
  response:
    'Follow the page from alert to responder: routing rules, escalation steps and who was reachable at that hour.',
  mitigation:
    'Ask what slowed the first mitigation: access, a missing runbook, or a rollback or failover that was hard to trigger.',
  recovery:
    'Ask what kept full recovery from following mitigation: backlogs, data repair, manual steps.',
  communication:
    'Check who owned customer communication and whether a ready-to-use status page message existed.',
};

/** Every phase longer than its threshold in `policy`; phases with a missing or out-of-order milestone are skipped. */
export function findTimelineGaps(
  milestones: InferredMilestones,
  events: TimelineEvent[],
  policy: Policy,
): Gap[] {
  const gaps: Gap[] = [];
  for (const phase of GAP_PHASES) {
    const bounds = GAP_PHASE_BOUNDS[phase];
    const fromName = bounds.from.find((name) => milestones[name].at !== null);
    const toAt = milestones[bounds.to].at;
    if (fromName === undefined || toAt === null) continue;
    const from = boundOf(fromName, milestones, events);
    const to = boundOf(bounds.to, milestones, events);
    const seconds = secondsBetween(from.at, to.at);
    const thresholdSeconds = policy.gapThresholdsSeconds[phase];
    if (seconds <= thresholdSeconds) continue;
    gaps.push({
      phase,
      seconds,
      thresholdSeconds,
      from,
      to,
      finding: gapFinding(phase, seconds, thresholdSeconds, from, to, events),
    });
  }
  return gaps;
}

function boundOf(
  name: MilestoneName,
  milestones: InferredMilestones,
  events: TimelineEvent[],
): GapBound {
  const { at, sourceEventId } = milestones[name];
  const instant = at as Instant;
  if (sourceEventId !== null) return { milestone: name, at: instant, eventId: sourceEventId };
  const same = events.filter((e) => e.at === instant);
  const event = same.find((e) => e.kind !== 'field_change') ?? same[0];
  return { milestone: name, at: instant, eventId: event?.id ?? null };
}

function gapFinding(
  phase: GapPhase,
  seconds: number,
  threshold: number,
  from: GapBound,
  to: GapBound,
  events: TimelineEvent[],
): Finding {
  const name = phase.charAt(0).toUpperCase() + phase.slice(1);
  return {
    rule: `gap-${phase}`,
    severity: 'warning',
    message:
      `${name} took ${labelDuration(seconds)}, over the ${labelDuration(threshold)} threshold: ` +
      `from ${describeBound(from, events)} to ${describeBound(to, events)}`,
    where: { path: `milestones.${to.milestone}` },
    suggestion: SUGGESTIONS[phase],
  };
}

function describeBound(bound: GapBound, events: TimelineEvent[]): string {
  const event = events.find((e) => e.id === bound.eventId);
  const label = MILESTONE_LABELS[bound.milestone];
  return event
    ? `${label} (${labelEvent(event)})`
    : `${label} (${labelInstant(bound.at)}, no timeline entry)`;
}
