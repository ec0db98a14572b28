import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import { DEFAULT_POLICIES } from './policy.js';
import { checkReviewDeadlines, reviewDueDates } from './review-deadlines.js';
import { buildReview } from './test-builders.js';

const resolvedAt = '2026-03-12T10:30:00.000Z' as Instant;
const due = reviewDueDates(resolvedAt, DEFAULT_POLICIES.SEV1);
const i = (text: string) => text as Instant;

describe('reviewDueDates', () => {
  it('counts draft, meeting and publication from resolution', () => {
    expect(due).toEqual({
      draftDueAt: '2026-03-13T10:30:00.000Z',
      meetingDueAt: '2026-03-15T10:30:00.000Z',
      publishDueAt: '2026-03-17T10:30:00.000Z',
    });
  });

  it('has no due dates while the incident is unresolved', () => {
    expect(reviewDueDates(null, DEFAULT_POLICIES.SEV1)).toBeNull();
  });
});

describe('checkReviewDeadlines', () => {
  const noMeeting = { at: null, attendees: [] };
  const rules = (review = buildReview(), now = i('2026-03-13T12:00:00.000Z')) =>
    checkReviewDeadlines(review, due, now).map((f) => f.rule);

  it('warns when the draft is not submitted by its due time, saying how late', () => {
    const [finding] = checkReviewDeadlines(buildReview(), due, i('2026-03-13T12:00:00.000Z'));
    expect([finding?.rule, finding?.severity, finding?.message]).toEqual([
      'review-draft-overdue',
      'warning',
      'The draft was due 2026-03-13 10:30 UTC and is 1 h 30 min late',
    ]);
  });

  it('counts the draft as done once submitted, even if sent back for changes', () => {
    expect(rules(buildReview({ submittedAt: i('2026-03-13T09:00:00.000Z') }))).toEqual([]);
  });

  it('warns when no meeting was held by its due time', () => {
    const review = buildReview({ submittedAt: i('2026-03-13T09:00:00.000Z'), meeting: noMeeting });
    expect(rules(review, i('2026-03-15T11:00:00.000Z'))).toEqual(['review-meeting-overdue']);
  });

  it('still warns when the meeting is only scheduled in the future', () => {
    const review = buildReview({
      submittedAt: i('2026-03-13T09:00:00.000Z'),
      meeting: { at: i('2026-03-16T09:00:00.000Z'), attendees: [] },
    });
    expect(rules(review, i('2026-03-15T11:00:00.000Z'))).toEqual(['review-meeting-overdue']);
  });

  it('warns when the review is not published by its due time', () => {
    const review = buildReview({ status: 'approved', submittedAt: i('2026-03-13T09:00:00.000Z') });
    expect(rules(review, i('2026-03-17T10:31:00.000Z'))).toEqual(['review-publish-overdue']);
  });

  it('says nothing about a published review', () => {
    const review = buildReview({ status: 'published', submittedAt: i('2026-03-13T09:00:00.000Z') });
    expect(rules(review, i('2026-04-01T00:00:00.000Z'))).toEqual([]);
  });

  it('says nothing without due dates', () => {
    expect(checkReviewDeadlines(buildReview(), null, i('2027-01-01T00:00:00.000Z'))).toEqual([]);
  });
});
