import { describe, expect, it } from 'vitest';
import type { Review } from '../client/types.js';
import { locateFinding } from './locate-finding.js';

const node = (id: string, children: Review['whyTrees'][number]['answers'] = []) => ({
  id,
  text: `answer ${id}`,
  rootCause: false,
  category: null,
  children,
});

const review = {
  whyTrees: [
    {
      id: 'tree-a',
      question: 'Why did checkout fail?',
      answers: [node('n1', [node('n2')]), node('n3')],
    },
  ],
  factors: [{ id: 'factor-x' }],
  actionItems: [{ id: 'item-7' }],
} as unknown as Review;

describe('locateFinding', () => {
  it.each([
    ['summary', 'review-summary'],
    ['whyTrees', 'section-why-trees'],
    ['whyTrees.0', 'why-tree-tree-a-question'],
    ['whyTrees.0.question', 'why-tree-tree-a-question'],
    ['whyTrees.0.answers.1.text', 'why-node-n3'],
    ['whyTrees.0.answers.0.children.0', 'why-node-n2'],
    ['whyTrees.0.answers.0.children.0.category', 'why-node-n2-category'],
    ['factors', 'section-factors'],
    ['factors.0', 'factor-factor-x-description'],
    ['factors.0.evidenceEventIds', 'factor-factor-x-evidence'],
    ['factors.0.category', 'factor-factor-x-category'],
    ['actionItems.0.owner', 'action-item-7-owner'],
    ['actionItems.0.verification', 'action-item-7-status'],
    ['actionItems.0', 'action-item-7-title'],
    ['lessons.wentWell.2', 'lesson-wentWell-2'],
    ['impact.notes', 'impact-notes'],
    ['meeting.at', 'meeting-date'],
    ['status', 'section-status'],
  ])('sends %s to the control %s', (path, id) => {
    expect(locateFinding(path, review)).toEqual({ kind: 'field', id });
  });

  it('sends milestone and incident findings to the incident page', () => {
    expect(locateFinding('milestones.detected', review)).toEqual({ kind: 'incident' });
    expect(locateFinding('incident.status', review)).toEqual({ kind: 'incident' });
  });

  it('falls back to the section when the part no longer exists', () => {
    expect(locateFinding('actionItems.4.owner', review)).toEqual({
      kind: 'field',
      id: 'section-action-items',
    });
    expect(locateFinding('whyTrees.0.answers.9.text', review)).toEqual({
      kind: 'field',
      id: 'why-tree-tree-a-question',
    });
  });
});
