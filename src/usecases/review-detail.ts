/** @module Everything shown with a review: readiness, lint, deadlines, ranked items, cost and the curated timeline. */
import type { InferredMilestones } from '../domain/analysis/index.js';
import type { Finding } from '../domain/finding.js';
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import {
  type CostEstimate,
  checkFollowUp,
  checkReadiness,
  checkReviewDeadlines,
  estimateCost,
  hasBlockingFindings,
  type Policy,
  type ReviewDueDates,
  type ReviewTemplate,
  rankActionItems,
  reviewDueDates,
} from '../domain/review/index.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import type { StoredActionItem, StoredReview } from '../storage/index.js';
import { lintReviewText } from './review-lint.js';
import { participantsOf, type ReviewState, transitionContextOf } from './review-state.js';

export interface ReviewDetail {
  incident: Incident;
  review: StoredReview;
  /** The whole timeline, oldest first; `highlighted` is the curated part reports show. */
  events: TimelineEvent[];
  highlighted: TimelineEvent[];
  milestones: InferredMilestones;
  policy: Policy;
  template: ReviewTemplate;
  participants: string[];
  /** Everything between the review and approval, errors first. */
  readiness: Finding[];
  ready: boolean;
  /** Blame and vagueness findings on every text field, of every severity. */
  lint: Finding[];
  dueDates: ReviewDueDates | null;
  deadlines: Finding[];
  /** Open items first, quick wins (impact ÷ effort) first. */
  rankedActionItems: StoredActionItem[];
  cost: CostEstimate;
  followUpFindings: Finding[];
}

/** Runs every check on the review of `state` at `now`. */
export function describeReview(
  state: ReviewState,
  template: ReviewTemplate,
  now: Instant,
): ReviewDetail {
  const { review } = state;
  const lint = lintReviewText(review, participantsOf(state, review));
  const context = transitionContextOf(state, review, lint);
  const readiness = checkReadiness(review, { ...context, now });
  const dueDates = reviewDueDates(state.milestones.resolved.at, state.policy);
  return {
    incident: state.incident,
    review,
    events: state.events,
    highlighted: state.events.filter((event) => event.highlight),
    milestones: state.milestones,
    policy: state.policy,
    template,
    participants: context.participants,
    readiness,
    ready: !hasBlockingFindings(readiness),
    lint,
    dueDates,
    deadlines: checkReviewDeadlines(review, dueDates, now),
    rankedActionItems: rankActionItems(review.actionItems) as StoredActionItem[],
    cost: estimateCost(review.impact),
    followUpFindings: review.followUp ? checkFollowUp(review.followUp, now) : [],
  };
}
