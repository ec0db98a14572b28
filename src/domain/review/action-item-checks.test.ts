import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import type { ActionItem } from './action-item.js';
import { checkActionItem, checkActionItems } from './action-item-checks.js';
import { DEFAULT_POLICIES } from './policy.js';
import { buildActionItem } from './test-builders.js';

const now = '2026-03-15T09:00:00.000Z' as Instant;
const policy = DEFAULT_POLICIES.SEV1;
const rules = (item: ActionItem, at = now) =>
  checkActionItem(item, at, policy).map((f) => [f.rule, f.severity]);

describe('checkActionItem', () => {
  it('accepts a complete item that is not yet due', () => {
    expect(rules(buildActionItem())).toEqual([]);
  });

  it.each<[string, Partial<ActionItem>, string]>([
    ['owner', { owner: null }, 'action-missing-owner'],
    ['owner', { owner: '  ' }, 'action-missing-owner'],
    ['due date', { dueDate: null }, 'action-missing-due-date'],
    ['success criteria', { successCriteria: '' }, 'action-missing-success-criteria'],
    ['validation method', { validationMethod: '' }, 'action-missing-validation-method'],
  ])('blocks an item without %s', (_field, overrides, rule) => {
    expect(rules(buildActionItem(overrides))).toEqual([[rule, 'error']]);
  });

  it('blocks an item whose due date is not YYYY-MM-DD', () => {
    expect(rules(buildActionItem({ dueDate: 'next sprint' }))).toEqual([
      ['action-invalid-due-date', 'error'],
    ]);
  });

  it('warns about an open item past its due date, counting whole days', () => {
    const [finding] = checkActionItem(buildActionItem({ dueDate: '2026-03-12' }), now, policy);
    expect([finding?.rule, finding?.severity, finding?.message]).toEqual([
      'action-past-due',
      'warning',
      'Action item "Page the payments on-call when the settlement queue is older than 10 minutes" was due 2026-03-12, 3 days ago',
    ]);
  });

  it('treats the due date as due until the end of that day', () => {
    expect(rules(buildActionItem({ dueDate: '2026-03-15' }))).toEqual([]);
  });

  it('does not report a finished item past its due date', () => {
    const item = buildActionItem({
      dueDate: '2026-03-01',
      status: 'done',
      doneAt: '2026-03-10T00:00:00.000Z' as Instant,
    });
    expect(rules(item)).toEqual([]);
  });

  it('warns about an item done longer than the policy allows without verification', () => {
    const item = buildActionItem({ status: 'done', doneAt: '2026-03-01T08:00:00.000Z' as Instant });
    expect(rules(item, '2026-03-16T09:00:00.000Z' as Instant)).toEqual([
      ['action-unverified', 'warning'],
    ]);
  });

  it('gives a done item the full verification window', () => {
    const item = buildActionItem({ status: 'done', doneAt: '2026-03-01T08:00:00.000Z' as Instant });
    expect(rules(item, '2026-03-15T09:00:00.000Z' as Instant)).toEqual([]);
  });

  it('blocks a verified item that records no evidence', () => {
    expect(rules(buildActionItem({ status: 'verified', verification: null }))).toEqual([
      ['action-verified-without-evidence', 'error'],
    ]);
  });

  it("blocks a won't-do item without a reason", () => {
    expect(rules(buildActionItem({ status: 'wont_do', wontDoReason: null }))).toEqual([
      ['action-wont-do-without-reason', 'error'],
    ]);
  });

  it("asks nothing else of a won't-do item with a reason", () => {
    const item = buildActionItem({
      status: 'wont_do',
      wontDoReason: 'Superseded by the queue rewrite',
      owner: null,
    });
    expect(rules(item)).toEqual([]);
  });
});

describe('checkActionItems', () => {
  it('locates each finding on its item', () => {
    const items = [buildActionItem(), buildActionItem({ id: 'ai-2', owner: null })];
    expect(checkActionItems(items, now, policy).map((f) => f.where?.path)).toEqual([
      'actionItems.1.owner',
    ]);
  });
});
