import { describe, expect, it } from 'vitest';
import { inferMilestones } from '../analysis/inferred-milestones.js';
import { buildIncident } from '../analysis/test-builders.js';
import type { Instant } from '../instant.js';
import { NO_MILESTONES } from '../milestones.js';
import { DEFAULT_FACTOR_CATEGORIES } from './contributing-factor.js';
import { DEFAULT_POLICIES } from './policy.js';
import type { Review } from './review.js';
import {
  type ReviewAction,
  type ReviewActor,
  type ReviewTransitionContext,
  transitionReview,
} from './review-lifecycle.js';
import { buildReview } from './test-builders.js';

const i = (text: string) => text as Instant;
const now = i('2026-03-13T08:00:00.000Z');
const milestones = {
  ...NO_MILESTONES,
  detected: i('2026-03-12T09:04:00.000Z'),
  resolved: i('2026-03-12T10:30:00.000Z'),
};
const context: ReviewTransitionContext = {
  incident: buildIncident({ milestones }),
  milestones: inferMilestones(milestones, []),
  participants: [],
  policy: DEFAULT_POLICIES.SEV1,
  factorCategories: DEFAULT_FACTOR_CATEGORIES,
  lintFindings: [],
};

const author: ReviewActor = { name: 'Ana Silva', isAdmin: false };
const reviewer: ReviewActor = { name: 'Ravi Patel', isAdmin: false };
const admin: ReviewActor = { name: 'Mei Wong', isAdmin: true };
const stranger: ReviewActor = { name: 'Sam Okafor', isAdmin: false };

const inReview = buildReview({ status: 'in_review', submittedAt: i('2026-03-13T07:00:00.000Z') });
const approved = buildReview({
  status: 'approved',
  submittedAt: i('2026-03-13T07:00:00.000Z'),
  approvedAt: i('2026-03-13T07:30:00.000Z'),
  reviewers: [
    { name: 'Ravi Patel', decision: 'approved', comment: '', at: i('2026-03-13T07:30:00.000Z') },
  ],
});

function apply(review: Review, action: ReviewAction, actor: ReviewActor, ctx = context) {
  return transitionReview(review, action, actor, now, ctx);
}
const reviewOf = (result: ReturnType<typeof apply>) => ('review' in result ? result.review : null);
const rulesOf = (result: ReturnType<typeof apply>) =>
  'findings' in result ? result.findings.map((f) => f.rule) : [];

describe('transitionReview', () => {
  it('submits a draft for review and records when', () => {
    const review = reviewOf(apply(buildReview(), { type: 'submit' }, author));
    expect([review?.status, review?.submittedAt, review?.updatedBy]).toEqual([
      'in_review',
      now,
      'Ana Silva',
    ]);
  });

  it('keeps the first submission time when a draft is resubmitted', () => {
    const resubmitted = reviewOf(
      apply(
        buildReview({ submittedAt: i('2026-03-12T20:00:00.000Z') }),
        { type: 'submit' },
        author,
      ),
    );
    expect(resubmitted?.submittedAt).toBe('2026-03-12T20:00:00.000Z');
  });

  it('resets earlier reviewer decisions on submission', () => {
    const draft = buildReview({
      reviewers: [
        {
          name: 'Ravi Patel',
          decision: 'changes_requested',
          comment: 'Add the queue graph',
          at: now,
        },
      ],
    });
    expect(reviewOf(apply(draft, { type: 'submit' }, author))?.reviewers).toEqual([
      { name: 'Ravi Patel', decision: 'pending', comment: '', at: null },
    ]);
  });

  it('refuses to submit a review without reviewers', () => {
    expect(rulesOf(apply(buildReview({ reviewers: [] }), { type: 'submit' }, author))).toEqual([
      'review-no-reviewers',
    ]);
  });

  it('refuses a submission from someone who is not an author', () => {
    expect(rulesOf(apply(buildReview(), { type: 'submit' }, stranger))).toEqual([
      'review-not-allowed',
    ]);
  });

  it.each<[string, Review, ReviewAction]>([
    ['approve a draft', buildReview(), { type: 'approve' }],
    ['publish a review in review', inReview, { type: 'publish' }],
    ['submit a published review', buildReview({ status: 'published' }), { type: 'submit' }],
    ['reopen a draft', buildReview(), { type: 'reopen' }],
  ])('refuses to %s', (_case, review, action) => {
    const result = apply(review, action, admin);
    expect(rulesOf(result)).toEqual(['review-transition']);
  });

  it('explains a refused status change', () => {
    const result = apply(buildReview(), { type: 'approve' }, reviewer);
    expect('findings' in result && result.findings[0]?.message).toBe(
      'Cannot approve a review that is draft; it must be in_review',
    );
  });

  it('approves once every reviewer has approved', () => {
    const review = reviewOf(
      apply(inReview, { type: 'approve', comment: 'Clear and specific' }, reviewer),
    );
    expect([review?.status, review?.approvedAt, review?.reviewers]).toEqual([
      'approved',
      now,
      [{ name: 'Ravi Patel', decision: 'approved', comment: 'Clear and specific', at: now }],
    ]);
  });

  it('stays in review while another reviewer is pending', () => {
    const two = {
      ...inReview,
      reviewers: [
        ...inReview.reviewers,
        { name: 'Lena Roth', decision: 'pending' as const, comment: '', at: null },
      ],
    };
    expect(reviewOf(apply(two, { type: 'approve' }, reviewer))?.status).toBe('in_review');
  });

  it('returns the blocking readiness findings instead of approving', () => {
    expect(rulesOf(apply({ ...inReview, summary: '' }, { type: 'approve' }, reviewer))).toEqual([
      'readiness-summary-empty',
    ]);
  });

  it('refuses approval by an author', () => {
    expect(rulesOf(apply(inReview, { type: 'approve' }, author))).toEqual(['review-self-approval']);
  });

  it('refuses approval by someone who is not a reviewer', () => {
    expect(rulesOf(apply(inReview, { type: 'approve' }, stranger))).toEqual([
      'review-not-a-reviewer',
    ]);
  });

  it('adds an admin who approves to the reviewers', () => {
    const review = reviewOf(apply(inReview, { type: 'approve' }, admin));
    expect(review?.reviewers.map((r) => [r.name, r.decision])).toEqual([
      ['Ravi Patel', 'pending'],
      ['Mei Wong', 'approved'],
    ]);
  });

  it('sends a review back to draft when a reviewer requests changes', () => {
    const review = reviewOf(
      apply(
        inReview,
        { type: 'requestChanges', comment: 'The second why-tree stops at the cache' },
        reviewer,
      ),
    );
    expect([review?.status, review?.reviewers[0]?.decision, review?.reviewers[0]?.comment]).toEqual(
      ['draft', 'changes_requested', 'The second why-tree stops at the cache'],
    );
  });

  it('refuses a change request without a comment', () => {
    expect(rulesOf(apply(inReview, { type: 'requestChanges', comment: ' ' }, reviewer))).toEqual([
      'review-comment-required',
    ]);
  });

  it('publishes an approved review and schedules its follow-up', () => {
    const review = reviewOf(apply(approved, { type: 'publish' }, author));
    expect([
      review?.status,
      review?.publishedAt,
      review?.followUp?.dueAt,
      review?.publishOverride,
    ]).toEqual(['published', now, '2026-04-12T08:00:00.000Z', null]);
  });

  it('refuses to publish when readiness fails after approval', () => {
    expect(rulesOf(apply({ ...approved, factors: [] }, { type: 'publish' }, author))).toEqual([
      'readiness-no-factors',
    ]);
  });

  it('refuses publication by someone not involved', () => {
    expect(rulesOf(apply(approved, { type: 'publish' }, stranger))).toEqual(['review-not-allowed']);
  });

  it('lets an admin override readiness and records who, why and when', () => {
    const action: ReviewAction = {
      type: 'publish',
      override: { reason: 'Owner on leave; items tracked in the team board' },
    };
    const review = reviewOf(apply({ ...inReview, summary: '' }, action, admin));
    expect([review?.status, review?.publishOverride]).toEqual([
      'published',
      { by: 'Mei Wong', reason: 'Owner on leave; items tracked in the team board', at: now },
    ]);
  });

  it('refuses an override from someone who is not an admin', () => {
    const action: ReviewAction = { type: 'publish', override: { reason: 'Urgent' } };
    expect(rulesOf(apply(approved, action, author))).toEqual(['review-override-not-admin']);
  });

  it('refuses an override without a reason', () => {
    expect(rulesOf(apply(approved, { type: 'publish', override: { reason: '' } }, admin))).toEqual([
      'review-override-reason-required',
    ]);
  });

  it('refuses an override of a draft nobody has submitted', () => {
    expect(
      rulesOf(apply(buildReview(), { type: 'publish', override: { reason: 'Urgent' } }, admin)),
    ).toEqual(['review-transition']);
  });

  it('reopens a published review as a draft and clears its approval', () => {
    const published = { ...approved, status: 'published' as const, publishedAt: now };
    const review = reviewOf(apply(published, { type: 'reopen' }, author));
    expect([
      review?.status,
      review?.approvedAt,
      review?.publishedAt,
      review?.reviewers[0]?.decision,
    ]).toEqual(['draft', null, null, 'pending']);
  });

  it('refuses a reopening by a reviewer who is not an author', () => {
    expect(rulesOf(apply(approved, { type: 'reopen' }, reviewer))).toEqual(['review-not-allowed']);
  });
});
