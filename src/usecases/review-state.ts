/** @module Loads what every review use case needs: the incident, its review, timeline, milestones and policy. */

import { effectiveMilestones, type InferredMilestones } from '../domain/analysis/index.js';
import type { Finding } from '../domain/finding.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import type { Milestones } from '../domain/milestones.js';
import {
  DEFAULT_FACTOR_CATEGORIES,
  type Policy,
  type Review,
  type ReviewTransitionContext,
} from '../domain/review/index.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import { type Executor, findReviewByIncident, type StoredReview } from '../storage/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';
import { loadPolicy } from './review-policies.js';
import { loadTimelineSnapshot } from './timeline-snapshot.js';

export interface IncidentState {
  incident: Incident;
  events: TimelineEvent[];
  milestones: InferredMilestones;
  /** The policy of the incident's severity in this workspace. */
  policy: Policy;
}

export interface ReviewState extends IncidentState {
  review: StoredReview;
}

/** The incident with its timeline, inferred milestones and policy; INCIDENT_NOT_FOUND otherwise. */
export async function loadIncidentState(
  db: Executor,
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<IncidentState> {
  const incident = await requireIncident(db, ctx, key);
  const [{ events, milestones }, policy] = await Promise.all([
    loadTimelineSnapshot(db, incident),
    loadPolicy(db, ctx.workspace.id, incident.severity),
  ]);
  return { incident, events, milestones, policy };
}

/** Everything about the review of `key`; REVIEW_NOT_FOUND while none has been started. */
export async function loadReviewState(
  db: Executor,
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<ReviewState> {
  const state = await loadIncidentState(db, ctx, key);
  const review = await findReviewByIncident(db, ctx.workspace.id, state.incident.id);
  if (!review) {
    throw new AppError(
      'REVIEW_NOT_FOUND',
      `${key} has no review yet; start one with POST /api/v1/incidents/${key}/review`,
    );
  }
  return { ...state, review };
}

/** The milestones as plain instants, explicit or inferred. */
export function plainMilestones(state: IncidentState): Milestones {
  return effectiveMilestones(state.milestones);
}

/**
 * The names a blameless text should not pin things on: participants, role holders, meeting
 * attendees and whoever acted on the timeline.
 */
export function participantsOf(state: IncidentState, review: Review): string[] {
  const names = [
    ...state.incident.participants.map((p) => p.name),
    ...state.incident.roles.map((r) => r.person),
    ...review.meeting.attendees.map((a) => a.name),
    ...state.events.flatMap((e) => (e.actor && e.kind !== 'field_change' ? [e.actor] : [])),
  ];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}

/** What `checkReadiness` and `transitionReview` need besides the review and the clock. */
export function transitionContextOf(
  state: IncidentState,
  review: Review,
  lintFindings: Finding[],
): ReviewTransitionContext {
  return {
    incident: state.incident,
    milestones: state.milestones,
    participants: participantsOf(state, review),
    policy: state.policy,
    factorCategories: DEFAULT_FACTOR_CATEGORIES,
    lintFindings,
  };
}
