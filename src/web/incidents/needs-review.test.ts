import { describe, expect, it } from 'vitest';
import type { IncidentListItem } from '../client/types.js';
import { needsReview } from './needs-review.js';

const review = (status: 'draft' | 'published', overdue = false) => ({
  status,
  publishDueAt: '2026-03-17T11:00:00.000Z',
  overdue,
});

describe('needsReview', () => {
  it.each<[string, Pick<IncidentListItem, 'status' | 'review'>, boolean]>([
    ['a resolved incident without a review', { status: 'resolved', review: null }, true],
    [
      'an incident still under investigation without one',
      { status: 'investigating', review: null },
      false,
    ],
    ['a draft review', { status: 'mitigated', review: review('draft') }, true],
    ['an overdue draft', { status: 'resolved', review: review('draft', true) }, true],
    ['a published review', { status: 'resolved', review: review('published') }, false],
    ['a cancelled incident', { status: 'cancelled', review: review('draft') }, false],
  ])('tells whether %s still owes a review', (_, incident, expected) => {
    expect(needsReview(incident)).toBe(expected);
  });
});
