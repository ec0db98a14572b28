import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorOf, type IncidentFacts, type ReviewFacts } from './insight-facts.js';
import { buildPeriods, findPeriodIndex, type PeriodBucket } from './periods.js';
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

/** The definition read literally: every pair of incidents, no index. */
function naiveRecurrences(
  all: IncidentFacts[],
  reviewsOf: Map<string, ReviewFacts>,
  buckets: PeriodBucket[],
  windowDays: number,
) {
  const result: { key: string; earlier: [string, string[], string[]][]; more: number }[] = [];
  for (const later of all) {
    const review = reviewsOf.get(later.id);
    const anchor = anchorOf(later);
    if (findPeriodIndex(buckets, anchor) === -1 || later.status === 'cancelled') continue;
    if (!review || review.factors.length === 0) continue;
    const start = Date.parse(anchor);
    const services = [...new Set(later.services)];
    const matches = all.flatMap((earlier, position) => {
      const published = reviewsOf.get(earlier.id);
      if (earlier.id === later.id || published?.status !== 'published') return [];
      if (published.publishedAt === null || Date.parse(published.publishedAt) > start) return [];
      const earlierStart = Date.parse(anchorOf(earlier));
      if (earlierStart >= start || earlierStart < start - windowDays * 86_400_000) return [];
      const shared = services.filter((s) => earlier.services.includes(s));
      const categories = [...new Set(review.factors.map((f) => f.category))].filter((c) =>
        published.factors.some((f) => f.category === c),
      );
      if (shared.length === 0 || categories.length === 0) return [];
      const rank = services.findIndex((s) => earlier.services.includes(s));
      return [{ earlier, position, earlierStart, rank, shared, categories }];
    });
    if (matches.length === 0) continue;
    matches.sort(
      (a, b) => b.earlierStart - a.earlierStart || a.rank - b.rank || a.position - b.position,
    );
    result.push({
      key: later.key,
      earlier: matches
        .slice(0, 5)
        .map((m) => [m.earlier.key, [...m.shared].sort(), [...m.categories].sort()]),
      more: Math.max(0, matches.length - 5),
    });
  }
  return result;
}

describe('findRecurrences, against the definition read literally', () => {
  const day = Date.UTC(2026, 3, 1);
  const iso = (days: number) => at(new Date(day + days * 86_400_000).toISOString());
  const incidentArb = fc.record({
    startDay: fc.integer({ min: -10, max: 20 }),
    services: fc.array(fc.constantFrom('checkout', 'ledger', 'search'), {
      minLength: 1,
      maxLength: 3,
    }),
    categories: fc.array(fc.constantFrom('process', 'tooling', 'human'), { maxLength: 3 }),
    published: fc.option(fc.integer({ min: 0, max: 30 })),
    cancelled: fc.boolean(),
  });

  it('gives the same recurrences as comparing every pair of incidents', () => {
    const buckets = buildPeriods(iso(0), iso(21), 'week', 'UTC');
    fc.assert(
      fc.property(
        fc.array(incidentArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (specs, window) => {
          const all = specs.map((spec, i) =>
            buildFacts(i + 1, start(iso(spec.startDay)), {
              services: spec.services,
              status: spec.cancelled ? 'cancelled' : 'resolved',
            }),
          );
          const reviewsOf = new Map(
            specs.map((spec, i) => [
              `incident-${i + 1}`,
              buildReviewFacts(`incident-${i + 1}`, {
                status: spec.published === null ? 'draft' : 'published',
                publishedAt: spec.published === null ? null : iso(spec.startDay + spec.published),
                factors: spec.categories.map((category) => factor(category)),
              }),
            ]),
          );
          const report = findRecurrences(all, reviewsOf, new Map(), buckets, window);
          const actual = report.recurrences.map((r) => ({
            key: r.incidentKey,
            earlier: r.earlier.map(
              (e) =>
                [e.incidentKey, e.sharedServices, e.sharedCategories] as [
                  string,
                  string[],
                  string[],
                ],
            ),
            more: r.moreEarlier,
          }));
          expect(actual).toEqual(naiveRecurrences(all, reviewsOf, buckets, window));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('findRecurrences, ties', () => {
  it('lists earlier incidents that started together by the later incident’s service order', () => {
    const june = buildPeriods(
      at('2026-06-01T00:00:00.000Z'),
      at('2026-07-01T00:00:00.000Z'),
      'month',
      'UTC',
    );
    const same = start('2026-05-20T00:00:00.000Z');
    const all = [
      buildFacts(1, same, { services: ['ledger'] }),
      buildFacts(2, same, { services: ['checkout'] }),
      buildFacts(3, start('2026-06-02T00:00:00.000Z'), { services: ['checkout', 'ledger'] }),
    ];
    const reviewsOf = new Map(
      all.map((incident) => [
        incident.id,
        buildReviewFacts(incident.id, {
          publishedAt: at('2026-05-25T00:00:00.000Z'),
          factors: [factor('process')],
        }),
      ]),
    );
    const [recurrence] = findRecurrences(all, reviewsOf, new Map(), june, 90).recurrences;
    expect(recurrence?.earlier.map((e) => e.incidentKey)).toEqual(['INC-2', 'INC-1']);
  });
});
