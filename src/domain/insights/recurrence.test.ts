import { describe, expect, it } from 'vitest';
import { buildPeriods } from './periods.js';
import { findRecurrences } from './recurrence.js';
import { at, buildFacts, buildItemFacts, buildReviewFacts } from './test-builders.js';

const periods = buildPeriods(
  at('2026-04-01T00:00:00.000Z'),
  at('2026-07-01T00:00:00.000Z'),
  'quarter',
  'UTC',
);
const start = (text: string) => ({ impactStarted: at(text) });

const incidents = [
  buildFacts(1, start('2026-02-01T00:00:00.000Z'), { services: ['checkout'] }),
  buildFacts(2, start('2026-03-01T00:00:00.000Z'), { services: ['checkout', 'ledger'] }),
  // 60 days after INC-2 (checkout, process): recurs.
  buildFacts(3, start('2026-04-30T00:00:00.000Z'), { services: ['checkout'] }),
  // Same service and category as INC-2, 92 days later: outside 90 days.
  buildFacts(4, start('2026-06-01T00:00:00.000Z'), { services: ['ledger'] }),
  // Shares a service but not a category.
  buildFacts(5, start('2026-04-10T00:00:00.000Z'), { services: ['checkout'] }),
  // INC-6's review was not yet published when INC-7 started.
  buildFacts(6, start('2026-04-01T00:00:00.000Z'), { services: ['search'] }),
  buildFacts(7, start('2026-04-03T00:00:00.000Z'), { services: ['search'] }),
  // No review: cannot be judged.
  buildFacts(8, start('2026-04-04T00:00:00.000Z'), { services: ['checkout'] }),
];
const factor = (category: string, actionItemIds: string[] = []) => ({ category, actionItemIds });
const reviews = new Map([
  [
    'incident-1',
    buildReviewFacts('incident-1', {
      publishedAt: at('2026-02-05T00:00:00.000Z'),
      factors: [factor('technical', ['i1'])],
    }),
  ],
  [
    'incident-2',
    buildReviewFacts('incident-2', {
      publishedAt: at('2026-03-05T00:00:00.000Z'),
      factors: [factor('process', ['i2', 'i3']), factor('tooling', ['i4'])],
    }),
  ],
  [
    'incident-3',
    buildReviewFacts('incident-3', {
      status: 'draft',
      publishedAt: null,
      factors: [factor('process')],
    }),
  ],
  ['incident-4', buildReviewFacts('incident-4', { factors: [factor('process')] })],
  ['incident-5', buildReviewFacts('incident-5', { factors: [factor('external')] })],
  [
    'incident-6',
    buildReviewFacts('incident-6', {
      publishedAt: at('2026-04-10T00:00:00.000Z'),
      factors: [factor('human')],
    }),
  ],
  ['incident-7', buildReviewFacts('incident-7', { factors: [factor('human')] })],
]);
const items = new Map(
  [
    buildItemFacts('i2', 'incident-2', {
      title: 'Add a canary stage to checkout deploys',
      status: 'verified',
    }),
    buildItemFacts('i3', 'incident-2', { title: 'Write the rollback runbook' }),
    buildItemFacts('i4', 'incident-2', { title: 'Alert on config drift' }),
  ].map((item) => [item.id, item]),
);

describe('findRecurrences', () => {
  const report = findRecurrences(incidents, reviews, items, periods, 90);

  it('finds the incident that shares a service and a factor category with an earlier published review', () => {
    expect(report.recurrences).toEqual([
      {
        incidentKey: 'INC-3',
        startedAt: '2026-04-30T00:00:00.000Z',
        period: '2026Q2',
        earlier: [
          {
            incidentKey: 'INC-2',
            sharedServices: ['checkout'],
            sharedCategories: ['process'],
            daysApart: 60,
            preventiveItems: [
              {
                id: 'i2',
                title: 'Add a canary stage to checkout deploys',
                status: 'verified',
                dueDate: '2026-03-10',
              },
              {
                id: 'i3',
                title: 'Write the rollback runbook',
                status: 'open',
                dueDate: '2026-03-10',
              },
            ],
          },
        ],
        moreEarlier: 0,
      },
    ]);
  });

  it('rates recurrence over the incidents whose review names a factor', () => {
    expect(report.rows).toEqual([{ period: '2026Q2', assessed: 5, recurring: 1, rate: 0.2 }]);
  });

  it('matches INC-4 when the window is widened to 100 days', () => {
    const wide = findRecurrences(incidents, reviews, items, periods, 100);
    expect(wide.recurrences.map((r) => r.incidentKey)).toEqual(['INC-3', 'INC-4']);
    expect(wide.definition).toContain('at most 100 days before');
  });
});
