import { describe, expect, it } from 'vitest';
import { rankActionItems } from './action-item-ranking.js';
import { buildActionItem } from './test-builders.js';

describe('rankActionItems', () => {
  it('puts quick wins (high impact, low effort) first', () => {
    const items = [
      buildActionItem({ id: 'big', impact: 5, effort: 5 }),
      buildActionItem({ id: 'quick', impact: 4, effort: 1 }),
      buildActionItem({ id: 'meh', impact: 2, effort: 4 }),
    ];
    expect(rankActionItems(items).map((i) => i.id)).toEqual(['quick', 'big', 'meh']);
  });

  it('breaks ties by the earliest due date, undated last', () => {
    const items = [
      buildActionItem({ id: 'undated', dueDate: null }),
      buildActionItem({ id: 'later', dueDate: '2026-04-01' }),
      buildActionItem({ id: 'sooner', dueDate: '2026-03-20' }),
    ];
    expect(rankActionItems(items).map((i) => i.id)).toEqual(['sooner', 'later', 'undated']);
  });

  it('puts finished and declined items after open ones', () => {
    const items = [
      buildActionItem({ id: 'done', status: 'done', impact: 5, effort: 1 }),
      buildActionItem({ id: 'open', impact: 1, effort: 5 }),
    ];
    expect(rankActionItems(items).map((i) => i.id)).toEqual(['open', 'done']);
  });

  it('does not reorder the list it is given', () => {
    const items = [
      buildActionItem({ id: 'b', impact: 1 }),
      buildActionItem({ id: 'a', impact: 5 }),
    ];
    rankActionItems(items);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
  });
});
