/** @module Test builders for reviews and their parts, filling every field a test does not care about. */
import type { IncidentId, TimelineEventId, WorkspaceId } from '../ids.js';
import type { Instant } from '../instant.js';
import type { ActionItem } from './action-item.js';
import type { ContributingFactor } from './contributing-factor.js';
import type { ImpactInputs } from './impact-inputs.js';
import type { Review, ReviewId } from './review.js';
import type { WhyNode } from './why-tree.js';

const CREATED = '2026-03-12T12:00:00.000Z' as Instant;

/** An open action item that passes every check until 2026-03-19. */
export function buildActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'ai-1',
    title: 'Page the payments on-call when the settlement queue is older than 10 minutes',
    owner: 'Jordan Lee',
    dueDate: '2026-03-19',
    horizon: 'immediate',
    type: 'detect',
    impact: 4,
    effort: 2,
    successCriteria: 'A delayed queue pages within 10 minutes in a staging drill',
    validationMethod: 'Pause the settlement consumer in staging and time the page',
    status: 'open',
    wontDoReason: null,
    verification: null,
    doneAt: null,
    trackerUrl: null,
    ...overrides,
  };
}

export function buildFactor(overrides: Partial<ContributingFactor> = {}): ContributingFactor {
  return {
    id: 'cf-1',
    category: 'process',
    description: 'Queue age had no alert, only queue length did',
    evidenceEventIds: ['ev-1' as TimelineEventId],
    actionItemIds: ['ai-1'],
    acceptedRisk: null,
    whyNodeIds: ['w3'],
    ...overrides,
  };
}

export function buildWhyNode(overrides: Partial<WhyNode> & { id: string }): WhyNode {
  return { text: '', rootCause: false, category: null, children: [], ...overrides };
}

export function buildImpact(overrides: Partial<ImpactInputs> = {}): ImpactInputs {
  return {
    usersAffected: 1200,
    customersAffected: 40,
    impactFraction: 0.25,
    durationMinutes: 90,
    revenuePerHour: 12000,
    responderHours: 6,
    hourlyRate: 120,
    slaCredits: 1000,
    currency: 'USD',
    notes: '',
    ...overrides,
  };
}

/**
 * A draft review that would pass readiness: a summary, a three-level why-tree ending at a process
 * root cause linked to a factor, and one well-formed action item addressing it.
 */
export function buildReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'rev-1' as ReviewId,
    workspaceId: 'ws-1' as WorkspaceId,
    incidentId: 'inc-1' as IncidentId,
    status: 'draft',
    authors: ['Ana Silva'],
    reviewers: [{ name: 'Ravi Patel', decision: 'pending', comment: '', at: null }],
    summary: 'Card payments failed for 50 minutes because settlement stalled unnoticed.',
    impact: buildImpact(),
    lessons: { wentWell: ['Rollback took two minutes'], wentWrong: [], gotLucky: [] },
    whyTrees: [
      {
        id: 'wt-1',
        question: 'Why did card payments fail?',
        answers: [
          buildWhyNode({
            id: 'w1',
            text: 'Settlement workers stopped consuming the queue',
            children: [
              buildWhyNode({
                id: 'w2',
                text: 'A config change lowered the worker pool to zero',
                children: [
                  buildWhyNode({
                    id: 'w3',
                    text: 'Config changes to workers skip the staged rollout that code changes get',
                    rootCause: true,
                    category: 'process',
                  }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
    factors: [buildFactor()],
    actionItems: [buildActionItem()],
    meeting: {
      at: '2026-03-13T10:00:00.000Z' as Instant,
      attendees: [{ name: 'Ana Silva', team: 'payments' }],
    },
    publishOverride: null,
    followUp: null,
    templateId: 'default',
    version: 1,
    createdAt: CREATED,
    createdBy: 'Ana Silva',
    updatedAt: CREATED,
    updatedBy: 'Ana Silva',
    submittedAt: null,
    approvedAt: null,
    publishedAt: null,
    ...overrides,
  };
}
