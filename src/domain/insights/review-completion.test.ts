import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../review/policy.js';
import { buildPeriods } from './periods.js';
import { computeReviewCompletion } from './review-completion.js';
import { at, buildFacts, buildReviewFacts } from './test-builders.js';

const periods = buildPeriods(
  at('2026-03-01T00:00:00.000Z'),
  at('2026-04-01T00:00:00.000Z'),
  'month',
  'UTC',
);
const resolved = (text: string) => ({ resolved: at(text) });
const now = at('2026-03-30T00:00:00.000Z');

describe('computeReviewCompletion', () => {
  // SEV2 requires a review, due 120 hours (5 days) after resolution.
  const incidents = [
    buildFacts(1, resolved('2026-03-01T10:00:00.000Z')),
    buildFacts(2, resolved('2026-03-02T10:00:00.000Z')),
    buildFacts(3, resolved('2026-03-03T10:00:00.000Z')),
    buildFacts(4, resolved('2026-03-28T10:00:00.000Z')),
    buildFacts(5, resolved('2026-03-04T10:00:00.000Z'), { severity: 'SEV4' }),
    buildFacts(6, resolved('2026-03-04T10:00:00.000Z'), { status: 'cancelled' }),
    buildFacts(7, {}, { status: 'investigating' }),
  ];
  const reviews = new Map([
    ['incident-1', buildReviewFacts('incident-1', { publishedAt: at('2026-03-06T10:00:00.000Z') })],
    ['incident-2', buildReviewFacts('incident-2', { publishedAt: at('2026-03-07T10:00:01.000Z') })],
    ['incident-3', buildReviewFacts('incident-3', { status: 'draft', publishedAt: null })],
  ]);
  const [march, total] = computeReviewCompletion(
    incidents,
    reviews,
    DEFAULT_POLICIES,
    periods,
    now,
  );

  it('counts a review published exactly at the deadline as on time and one a second later as late', () => {
    expect(march).toEqual({
      period: '2026-03',
      due: 3,
      onTime: 1,
      late: 1,
      missing: 1,
      rate: 1 / 3,
      lateKeys: ['INC-2', 'INC-3'],
    });
  });

  it('leaves out reviews not yet due, optional ones, cancelled and unresolved incidents', () => {
    expect(total!.due).toBe(3);
  });

  it('uses the stored deadline when the review has one', () => {
    const stored = new Map([
      [
        'incident-2',
        buildReviewFacts('incident-2', {
          publishedAt: at('2026-03-07T10:00:01.000Z'),
          publishDueAt: at('2026-03-08T00:00:00.000Z'),
        }),
      ],
    ]);
    const [row] = computeReviewCompletion([incidents[1]!], stored, DEFAULT_POLICIES, periods, now);
    expect(row).toMatchObject({ due: 1, onTime: 1, rate: 1 });
  });
});
