/** @module The analysis of one incident's timeline: milestones, durations, gaps, silences and every finding. */
import { computeDurations, type Durations } from '../durations.js';
import type { Finding } from '../finding.js';
import type { Incident } from '../incident.js';
import { checkMilestoneOrder } from '../milestones.js';
import type { Policy } from '../review/policy.js';
import type { TimelineEvent } from '../timeline-event.js';
import {
  effectiveMilestones,
  type InferredMilestones,
  inferMilestones,
  type MilestoneHints,
} from './inferred-milestones.js';
import { findSilences, type Silence } from './silences.js';
import { findTimelineGaps, type Gap } from './timeline-gaps.js';

/** What `GET /api/v1/incidents/{key}/analysis` returns. */
export interface IncidentAnalysis {
  milestones: InferredMilestones;
  durations: Durations;
  gaps: Gap[];
  silences: Silence[];
  /** Milestone order problems first, then gaps, then silences. */
  findings: Finding[];
}

/**
 * Analyses `events` of `incident` against `policy` (the policy for the incident's severity), with
 * `hints` saying which milestone the attached signals' events mark.
 */
export function analyzeIncident(
  incident: Incident,
  events: TimelineEvent[],
  policy: Policy,
  hints?: MilestoneHints,
): IncidentAnalysis {
  const milestones = inferMilestones(incident.milestones, events, hints);
  const effective = effectiveMilestones(milestones);
  const order = checkMilestoneOrder(effective);
  const gaps = findTimelineGaps(milestones, events, policy);
  const silences = findSilences(
    events,
    effective.impactStarted,
    effective.resolved,
    policy.silenceThresholdSeconds,
  );
  return {
    milestones,
    durations: computeDurations(effective),
    gaps,
    silences,
    findings: [...order, ...gaps.map((g) => g.finding), ...silences.map((s) => s.finding)],
  };
}
