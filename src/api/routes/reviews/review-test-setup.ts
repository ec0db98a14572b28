/** @module Test helpers for review routes: an incident with a resolved timeline, ready to be reviewed. */
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/support/test-app.js';

/** Declares an incident, records a short timeline and resolves it; returns its key. */
export async function declareResolvedIncident(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.request('POST', '/api/v1/incidents', {
    title: 'Card payments failing',
    severity: 'SEV2',
    services: ['payments'],
    participants: [{ name: 'Marta Ruiz', team: 'payments' }],
    ...overrides,
  });
  expect(created.status).toBe(201);
  const { key } = await created.json();
  const events = [
    { at: '2026-03-12T09:00:00Z', kind: 'impact', text: 'Card authorisations start failing' },
    {
      at: '2026-03-12T09:04:00Z',
      kind: 'alert',
      text: 'Payment error rate above 5%',
      highlight: true,
    },
    { at: '2026-03-12T09:06:00Z', kind: 'action', text: 'On-call engineer starts investigating' },
    {
      at: '2026-03-12T09:30:00Z',
      kind: 'action',
      text: 'Rolled back the worker config',
      highlight: true,
    },
  ];
  for (const event of events) {
    expect((await t.request('POST', `/api/v1/incidents/${key}/events`, event)).status).toBe(201);
  }
  const resolved = await t.request('PATCH', `/api/v1/incidents/${key}`, {
    status: 'resolved',
    version: 1,
  });
  expect(resolved.status).toBe(200);
  const milestones = await t.request('PUT', `/api/v1/incidents/${key}/milestones`, {
    resolved: '2026-03-12T09:45:00Z',
  });
  expect(milestones.status).toBe(200);
  return key;
}

/** Starts the review with Ana as author and the test actor (`owner`) as reviewer. */
export async function startReviewOf(t: TestApp, key: string) {
  const response = await t.request('POST', `/api/v1/incidents/${key}/review`, {
    authors: ['Ana Silva'],
    reviewers: ['owner'],
  });
  expect(response.status).toBe(201);
  return response.json();
}

/** The sections that clear readiness, given one action item id to address the factor. */
export function readySections(actionItemId: string, version: number) {
  return {
    version,
    summary: 'Card payments failed for 30 minutes after a worker setting change.',
    whyTrees: [
      {
        id: 't1',
        question: 'Why did card payments fail?',
        answers: [
          {
            id: 'n1',
            text: 'Settlement workers stopped taking work from the queue',
            children: [
              {
                id: 'n2',
                text: 'A setting change lowered the worker pool to zero',
                children: [
                  {
                    id: 'n3',
                    text: 'Setting changes skip the staged rollout that code changes get',
                    rootCause: true,
                    category: 'process',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    factors: [
      {
        id: 'f1',
        category: 'process',
        description: 'Worker setting changes reach production without a staged rollout',
        actionItemIds: [actionItemId],
        whyNodeIds: ['n3'],
      },
    ],
    meeting: {
      at: '2026-03-12T11:00:00Z',
      attendees: [{ name: 'Ana Silva', team: 'payments' }],
    },
  };
}

/** An action item that passes every check. */
export const READY_ACTION_ITEM = {
  title: 'Route worker setting changes through the staged rollout pipeline',
  owner: 'Jordan Lee',
  horizon: 'short',
  type: 'prevent',
  impact: 4,
  effort: 2,
  successCriteria: 'A setting change reaches the canary stage before any production worker',
  validationMethod: 'Push a harmless setting change in staging and watch it stop at the canary',
};
