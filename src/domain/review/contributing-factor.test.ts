import { describe, expect, it } from 'vitest';
import {
  checkContributingFactors,
  DEFAULT_FACTOR_CATEGORIES,
  validateContributingFactor,
} from './contributing-factor.js';
import { buildActionItem, buildFactor } from './test-builders.js';

const references = {
  categories: DEFAULT_FACTOR_CATEGORIES,
  actionItemIds: ['ai-1'],
  whyNodeIds: ['w3'],
  eventIds: ['ev-1'],
};

describe('validateContributingFactor', () => {
  it('accepts a factor whose references all exist', () => {
    expect(validateContributingFactor(buildFactor(), references)).toEqual([]);
  });

  it.each([
    [
      'an unknown category',
      buildFactor({ category: 'carelessness' }),
      'category: must be one of technical, process, human, organizational, tooling, external, got "carelessness"',
    ],
    ['an empty description', buildFactor({ description: '  ' }), 'description: must not be empty'],
    [
      'an unknown action item',
      buildFactor({ actionItemIds: ['ai-9'] }),
      'actionItemIds: "ai-9" is not an action item of this review',
    ],
    [
      'an unknown why-tree node',
      buildFactor({ whyNodeIds: ['w9'] }),
      `whyNodeIds: "w9" is not a node of this review's why-trees`,
    ],
  ])('refuses %s', (_case, factor, problem) => {
    expect(validateContributingFactor(factor, references)).toEqual([problem]);
  });

  it('refuses evidence that is not on the timeline', () => {
    const factor = buildFactor({ evidenceEventIds: ['ev-9' as never] });
    expect(validateContributingFactor(factor, references)).toEqual([
      `evidenceEventIds: "ev-9" is not an event on this incident's timeline`,
    ]);
  });

  it('skips the evidence check when the timeline was not loaded', () => {
    const factor = buildFactor({ evidenceEventIds: ['ev-9' as never] });
    expect(validateContributingFactor(factor, { ...references, eventIds: undefined })).toEqual([]);
  });

  it('accepts a category a workspace added to its list', () => {
    const factor = buildFactor({ category: 'vendor' });
    expect(validateContributingFactor(factor, { ...references, categories: ['vendor'] })).toEqual(
      [],
    );
  });
});

describe('checkContributingFactors', () => {
  const rules = (factor = buildFactor(), items = [buildActionItem()]) =>
    checkContributingFactors([factor], items, DEFAULT_FACTOR_CATEGORIES).map((f) => [
      f.rule,
      f.severity,
    ]);

  it('accepts a factor addressed by an action item', () => {
    expect(rules()).toEqual([]);
  });

  it('accepts a factor with an accepted-risk note instead of an action item', () => {
    expect(
      rules(buildFactor({ actionItemIds: [], acceptedRisk: 'The vendor fixes this in Q3' })),
    ).toEqual([]);
  });

  it('reports a factor with neither action items nor an accepted-risk note', () => {
    expect(rules(buildFactor({ actionItemIds: [], acceptedRisk: ' ' }))).toEqual([
      ['factor-not-addressed', 'error'],
    ]);
  });

  it("reports a factor whose only action item was declined as won't do", () => {
    const declined = buildActionItem({
      status: 'wont_do',
      wontDoReason: 'Replaced by the queue rewrite',
    });
    expect(rules(buildFactor(), [declined])).toEqual([['factor-not-addressed', 'error']]);
  });

  it('reports a factor in a category the workspace does not have', () => {
    expect(rules(buildFactor({ category: 'fate' }))).toEqual([
      ['factor-unknown-category', 'error'],
    ]);
  });

  it('notes a factor that cites no evidence', () => {
    expect(rules(buildFactor({ evidenceEventIds: [] }))).toEqual([['factor-no-evidence', 'info']]);
  });
});
