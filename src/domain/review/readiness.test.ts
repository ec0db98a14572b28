import { describe, expect, it } from 'vitest';
import { inferMilestones } from '../analysis/inferred-milestones.js';
import { buildIncident } from '../analysis/test-builders.js';
import type { Finding } from '../finding.js';
import type { Instant } from '../instant.js';
import { NO_MILESTONES } from '../milestones.js';
import { DEFAULT_FACTOR_CATEGORIES } from './contributing-factor.js';
import { DEFAULT_POLICIES } from './policy.js';
import { checkReadiness, hasBlockingFindings, type ReadinessContext } from './readiness.js';
import type { Review } from './review.js';
import { buildActionItem, buildFactor, buildReview } from './test-builders.js';

const i = (text: string) => text as Instant;
const milestones = {
  ...NO_MILESTONES,
  impactStarted: i('2026-03-12T09:00:00.000Z'),
  detected: i('2026-03-12T09:04:00.000Z'),
  resolved: i('2026-03-12T10:30:00.000Z'),
};

const context: ReadinessContext = {
  incident: buildIncident({ milestones }),
  milestones: inferMilestones(milestones, []),
  participants: ['Ana Silva', 'Ravi Patel'],
  policy: DEFAULT_POLICIES.SEV1,
  now: i('2026-03-13T08:00:00.000Z'),
  factorCategories: DEFAULT_FACTOR_CATEGORIES,
  lintFindings: [],
};

const errors = (review: Review, ctx: Partial<ReadinessContext> = {}) =>
  checkReadiness(review, { ...context, ...ctx })
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule);

describe('checkReadiness', () => {
  it('finds nothing in a complete review', () => {
    expect(checkReadiness(buildReview(), context)).toEqual([]);
  });

  it('blocks a review with an empty summary', () => {
    expect(errors(buildReview({ summary: ' ' }))).toEqual(['readiness-summary-empty']);
  });

  it.each([
    ['detection', 'detected', 'readiness-missing-detection'],
    ['resolution', 'resolved', 'readiness-missing-resolution'],
  ] as const)('blocks a review whose incident has no %s milestone', (_name, milestone, rule) => {
    const without = { ...milestones, [milestone]: null };
    expect(errors(buildReview(), { milestones: inferMilestones(without, []) })).toEqual([rule]);
  });

  it('blocks a review of an incident that is still being worked on', () => {
    expect(errors(buildReview(), { incident: buildIncident({ status: 'mitigated' }) })).toEqual([
      'readiness-incident-open',
    ]);
  });

  it('blocks a review whose root causes are all technical', () => {
    const review = buildReview();
    const tree = review.whyTrees[0]!;
    const leaf = { ...tree.answers[0]!.children[0]!.children[0]!, category: 'technical' };
    const technical = {
      ...tree,
      answers: [
        { ...tree.answers[0]!, children: [{ ...tree.answers[0]!.children[0]!, children: [leaf] }] },
      ],
    };
    expect(errors({ ...review, whyTrees: [technical] })).toEqual([
      'readiness-no-systemic-root-cause',
    ]);
  });

  it('blocks a review without why-trees', () => {
    expect(
      errors(buildReview({ whyTrees: [], factors: [buildFactor({ whyNodeIds: [] })] })),
    ).toEqual(['readiness-no-systemic-root-cause']);
  });

  it('blocks a review that names no contributing factor', () => {
    expect(errors(buildReview({ factors: [] }))).toEqual(['readiness-no-factors']);
  });

  it('blocks a review with a factor nothing addresses', () => {
    expect(errors(buildReview({ factors: [buildFactor({ actionItemIds: [] })] }))).toEqual([
      'factor-not-addressed',
    ]);
  });

  it('blocks a review with an action item that fails its checks', () => {
    expect(errors(buildReview({ actionItems: [buildActionItem({ owner: null })] }))).toEqual([
      'action-missing-owner',
    ]);
  });

  it('blocks a review with an error from the text checks, but not a warning', () => {
    const lintFindings: Finding[] = [
      {
        rule: 'blame-word',
        severity: 'error',
        message: 'Blames a person',
        where: { path: 'summary' },
      },
      { rule: 'vague-word', severity: 'warning', message: 'Vague', where: { path: 'summary' } },
    ];
    expect(checkReadiness(buildReview(), { ...context, lintFindings }).map((f) => f.rule)).toEqual([
      'blame-word',
    ]);
  });

  it('warns about overdue sections without blocking', () => {
    const findings = checkReadiness(buildReview(), {
      ...context,
      now: i('2026-03-18T00:00:00.000Z'),
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['review-draft-overdue', 'warning'],
      ['review-publish-overdue', 'warning'],
    ]);
  });

  it('warns when a required review has no meeting', () => {
    const findings = checkReadiness(buildReview({ meeting: { at: null, attendees: [] } }), context);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['readiness-no-meeting', 'warning'],
    ]);
  });

  it('does not ask for a meeting when the review is optional', () => {
    const review = buildReview({ meeting: { at: null, attendees: [] } });
    expect(checkReadiness(review, { ...context, policy: DEFAULT_POLICIES.SEV3 })).toEqual([]);
  });

  it('passes on the why-tree warnings', () => {
    const review = buildReview();
    const tree = review.whyTrees[0]!;
    const personal = {
      ...tree,
      answers: [
        ...tree.answers,
        {
          id: 'p',
          text: 'Ravi skipped a step of the checklist',
          rootCause: false,
          category: null,
          children: [],
        },
      ],
    };
    expect(checkReadiness({ ...review, whyTrees: [personal] }, context).map((f) => f.rule)).toEqual(
      ['why-ends-at-person'],
    );
  });

  it('lists errors before warnings', () => {
    const review = buildReview();
    const empty = { id: 'wt-2', question: 'Why was the alert late?', answers: [] };
    const lintFindings: Finding[] = [
      { rule: 'blame-word', severity: 'error', message: 'Blames a person' },
    ];
    const findings = checkReadiness(
      { ...review, whyTrees: [...review.whyTrees, empty] },
      { ...context, lintFindings },
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['blame-word', 'error'],
      ['why-tree-empty', 'warning'],
    ]);
  });
});

describe('hasBlockingFindings', () => {
  it.each([
    [[], false],
    [[{ rule: 'x', severity: 'warning', message: '' }], false],
    [
      [
        { rule: 'x', severity: 'info', message: '' },
        { rule: 'y', severity: 'error', message: '' },
      ],
      true,
    ],
  ] as Array<[Finding[], boolean]>)('blocks on %j: %s', (findings, expected) => {
    expect(hasBlockingFindings(findings)).toBe(expected);
  });
});
