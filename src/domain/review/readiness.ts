/** @module Readiness: everything that blocks approval of a review (errors), plus what should be looked at (warnings). */
import type { InferredMilestones } from '../analysis/inferred-milestones.js';
import type { Finding, FindingSeverity } from '../finding.js';
import type { Incident } from '../incident.js';
import type { Instant } from '../instant.js';
import { checkActionItems } from './action-item-checks.js';
import { checkContributingFactors, SYSTEMIC_CATEGORIES } from './contributing-factor.js';
import type { Policy } from './policy.js';
import type { Review } from './review.js';
import { checkReviewDeadlines, reviewDueDates } from './review-deadlines.js';
import { type FactorCategory, listWhyNodes } from './why-tree.js';
import { checkWhyTrees } from './why-tree-checks.js';

export interface ReadinessContext {
  incident: Incident;
  milestones: InferredMilestones;
  /** Names of the people who took part, for the "ends at a person" check. */
  participants: string[];
  policy: Policy;
  now: Instant;
  factorCategories: readonly FactorCategory[];
  /** Findings of `lintReview`; only errors among them block approval. */
  lintFindings: Finding[];
}

const ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding on `review`, errors first; the review may be approved when none is an error. */
export function checkReadiness(review: Review, context: ReadinessContext): Finding[] {
  const { milestones, policy, now } = context;
  const findings: Finding[] = [];
  const block = (rule: string, message: string, path: string, suggestion?: string) =>
    findings.push({
      rule,
      severity: 'error',
      message,
      where: { path },
      ...(suggestion ? { suggestion } : {}),
    });

  if (context.incident.status === 'investigating' || context.incident.status === 'mitigated') {
    block(
      'readiness-incident-open',
      `The incident is still ${context.incident.status}`,
      'incident.status',
      'Resolve the incident first: its timeline and durations are not final yet.',
    );
  }
  if (review.summary.trim() === '') {
    block(
      'readiness-summary-empty',
      'The summary is empty',
      'summary',
      'Say in a few sentences what happened, who was affected and what changes as a result.',
    );
  }
  if (milestones.detected.at === null) {
    block(
      'readiness-missing-detection',
      'The incident has no detection time, so time to detect is unknown',
      'milestones.detected',
    );
  }
  if (milestones.resolved.at === null) {
    block(
      'readiness-missing-resolution',
      'The incident has no resolution time, so time to resolve is unknown',
      'milestones.resolved',
    );
  }
  const systemic = review.whyTrees
    .flatMap(listWhyNodes)
    .some(
      (node) =>
        node.rootCause && node.category !== null && SYSTEMIC_CATEGORIES.includes(node.category),
    );
  if (!systemic) {
    block(
      'readiness-no-systemic-root-cause',
      `No why-tree reaches a root cause in a systemic category (${SYSTEMIC_CATEGORIES.join(', ')})`,
      'whyTrees',
      'Keep asking why until the answer is about how the organisation works: its processes, tools or structure.',
    );
  }
  if (review.factors.length === 0) {
    block('readiness-no-factors', 'The review names no contributing factor', 'factors');
  }
  findings.push(
    ...checkContributingFactors(review.factors, review.actionItems, context.factorCategories),
    ...checkWhyTrees(review.whyTrees, {
      participants: context.participants,
      factors: review.factors,
    }),
    ...checkActionItems(review.actionItems, now, policy),
    ...checkReviewDeadlines(review, reviewDueDates(milestones.resolved.at, policy), now),
    ...context.lintFindings.filter((finding) => finding.severity === 'error'),
  );
  if (policy.reviewRequired && review.meeting.at === null) {
    findings.push({
      rule: 'readiness-no-meeting',
      severity: 'warning',
      message: 'No review meeting is recorded',
      where: { path: 'meeting.at' },
      suggestion:
        'Walk through the timeline with the people involved before approving; they know what the timeline misses.',
    });
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** True when some finding blocks approval. */
export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
