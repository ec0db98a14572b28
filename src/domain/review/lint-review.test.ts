import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { lintReview, listReviewTextFields, type TextCheck } from './lint-review.js';
import {
  buildActionItem,
  buildFactor,
  buildImpact,
  buildReview,
  buildWhyNode,
} from './test-builders.js';

const review = buildReview({
  summary: 'Checkout failed for 50 minutes.',
  impact: buildImpact({ notes: 'EU shoppers only' }),
  lessons: { wentWell: ['Rollback was fast'], wentWrong: ['Alert was late'], gotLucky: [] },
  whyTrees: [
    {
      id: 't',
      question: 'Why did checkout fail?',
      answers: [
        buildWhyNode({ id: 'a', text: 'Workers stopped' }),
        buildWhyNode({
          id: 'b',
          text: 'Queue filled',
          children: [buildWhyNode({ id: 'c', text: 'No age alert' })],
        }),
      ],
    },
  ],
  factors: [buildFactor({ description: 'Queue age unmonitored', acceptedRisk: null })],
  actionItems: [
    buildActionItem({
      title: 'Alert on queue age',
      successCriteria: 'Pages within 10 min',
      validationMethod: '',
    }),
  ],
});

describe('listReviewTextFields', () => {
  it('lists every non-empty text with its path and kind', () => {
    expect(listReviewTextFields(review).map((f) => `${f.kind} ${f.path}`)).toEqual([
      'narrative summary',
      'narrative impact.notes',
      'narrative lessons.wentWell.0',
      'narrative lessons.wentWrong.0',
      'narrative whyTrees.0.question',
      'narrative whyTrees.0.answers.0.text',
      'narrative whyTrees.0.answers.1.text',
      'narrative whyTrees.0.answers.1.children.0.text',
      'narrative factors.0.description',
      'actionItem actionItems.0.title',
      'narrative actionItems.0.successCriteria',
    ]);
  });
});

describe('lintReview', () => {
  /** Flags the word "late", as the real blame and vagueness checkers flag their words. */
  const flagLate: TextCheck = (text, { path }) => {
    const start = text.indexOf('late');
    return start < 0
      ? []
      : [
          {
            rule: 'test-late',
            severity: 'warning',
            message: 'says late',
            where: { path, start, end: start + 4 },
          },
        ];
  };

  it('runs a check on every field and keeps the location it gives', () => {
    expect(lintReview(review, [], [flagLate])).toEqual([
      {
        rule: 'test-late',
        severity: 'warning',
        message: 'says late',
        where: { path: 'lessons.wentWrong.0', start: 10, end: 14 },
      },
    ]);
  });

  it('fills in the field path when a check gives no location', () => {
    const everything: TextCheck = () => [{ rule: 'test-any', severity: 'info', message: 'seen' }];
    expect(lintReview(review, [], [everything]).map((f: Finding) => f.where?.path)).toHaveLength(
      11,
    );
  });

  it('passes the kind and the participants to each check', () => {
    const seen: string[] = [];
    const record: TextCheck = (_text, options) => {
      if (options.kind === 'actionItem') {
        seen.push(`${options.path} ${options.participants.join('+')}`);
      }
      return [];
    };
    lintReview(review, ['Ana Silva', 'Ravi Patel'], [record]);
    expect(seen).toEqual(['actionItems.0.title Ana Silva+Ravi Patel']);
  });

  it('runs every check given, in order', () => {
    const a: TextCheck = (_t, { path }) =>
      path === 'summary' ? [{ rule: 'a', severity: 'info', message: '' }] : [];
    const b: TextCheck = (_t, { path }) =>
      path === 'summary' ? [{ rule: 'b', severity: 'info', message: '' }] : [];
    expect(lintReview(review, [], [a, b]).map((f) => f.rule)).toEqual(['a', 'b']);
  });
});
