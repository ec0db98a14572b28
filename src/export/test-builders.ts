/** @module Test builders for review documents: a realistic payments incident with every section filled. */
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import { buildReview } from '../domain/review/test-builders.js';
import type { ReviewDocument } from './review-document.js';

const at = (text: string) => text as Instant;

export function buildReviewDocument(overrides: Partial<ReviewDocument> = {}): ReviewDocument {
  const review = buildReview({
    actionItems: [
      buildReview().actionItems[0]!,
      {
        ...buildReview().actionItems[0]!,
        id: 'ai-2',
        title: 'Send worker config changes through the staged rollout',
        owner: 'Mei Tanaka',
        dueDate: '2026-04-10',
        horizon: 'short',
        type: 'prevent',
        status: 'verified',
        doneAt: at('2026-03-30T15:00:00.000Z'),
        verification: {
          what: 'Pushed a zero-size pool to staging; the rollout stopped at the first canary',
          at: at('2026-03-31T09:30:00.000Z'),
          link: 'https://ci.example.test/runs/812',
          by: 'Mei Tanaka',
        },
        trackerUrl: 'https://tracker.example.test/PAY-311',
      },
    ],
  });
  return {
    incident: {
      key: 'INC-42' as IncidentKey,
      title: 'Card payments failed during settlement stall',
      severity: 'SEV1',
      status: 'resolved',
      services: ['payments', 'checkout'],
      tags: ['settlement'],
      timeZone: 'Europe/Paris',
      milestones: {
        impactStarted: at('2026-03-12T09:05:00.000Z'),
        detected: at('2026-03-12T09:15:00.000Z'),
        acknowledged: at('2026-03-12T09:18:00.000Z'),
        mitigated: at('2026-03-12T09:55:00.000Z'),
        resolved: at('2026-03-12T10:30:00.000Z'),
        customersNotified: null,
      },
      roles: [{ role: 'incident_commander', person: 'Ana Silva' }],
      participants: [{ name: 'Ana Silva', team: 'payments' }, { name: 'Sam Okafor' }],
      customerImpact: 'Card payments at checkout were declined for about 50 minutes.',
    },
    review: {
      status: review.status,
      authors: review.authors,
      reviewers: [
        {
          name: 'Ravi Patel',
          decision: 'approved',
          comment: 'The why-tree reaches the rollout gap; good.',
          at: at('2026-03-16T08:00:00.000Z'),
        },
        {
          name: 'Mei Tanaka',
          decision: 'changes_requested',
          comment: 'Name who owns the staging drill.\nThe second item needs a date.',
          at: at('2026-03-15T17:45:00.000Z'),
        },
        { name: 'Sam Okafor', decision: 'pending', comment: '', at: null },
      ],
      followUp: {
        dueAt: at('2026-04-16T08:00:00.000Z'),
        askedAt: at('2026-04-16T08:05:00.000Z'),
        items: [
          {
            actionItemId: 'ai-1',
            title: review.actionItems[0]!.title,
            horizon: 'immediate',
            answer: {
              verified: true,
              effective: true,
              note: 'Paged within 6 minutes in the drill.',
            },
          },
          {
            actionItemId: 'ai-2',
            title: 'Send worker config changes through the staged rollout',
            horizon: 'short',
            answer: { verified: true, effective: null, note: '' },
          },
        ],
        recurrence: { recurred: false, incidentKeys: [] },
        completedAt: at('2026-04-17T13:20:00.000Z'),
        completedBy: 'Ana Silva',
      },
      summary: review.summary,
      impact: { ...review.impact, notes: 'Retries recovered most orders within the hour.' },
      lessons: review.lessons,
      whyTrees: review.whyTrees,
      factors: review.factors,
      actionItems: review.actionItems,
      meeting: review.meeting,
    },
    timeline: [
      {
        id: 'ev-1',
        at: at('2026-03-12T09:15:00.000Z'),
        kind: 'alert',
        actor: 'Alertmanager',
        text: 'Checkout error rate above 5%',
      },
      {
        id: 'ev-2',
        at: at('2026-03-12T09:55:30.000Z'),
        kind: 'action',
        actor: null,
        text: 'Worker pool restored to 12',
      },
    ],
    ...overrides,
  };
}
