import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import { defaultDueDate, isCalendarDate, isOpenActionItem } from './action-item.js';
import { DEFAULT_POLICIES } from './policy.js';
import { buildActionItem } from './test-builders.js';

const resolvedAt = '2026-03-12T22:30:00.000Z' as Instant;

describe('defaultDueDate', () => {
  it.each([
    ['immediate', '2026-03-19'],
    ['short', '2026-04-11'],
    ['long', '2026-06-10'],
  ] as const)('dates a %s item %s from 2026-03-12', (horizon, due) => {
    expect(defaultDueDate(horizon, resolvedAt, DEFAULT_POLICIES.SEV1)).toBe(due);
  });

  it('follows the policy of the workspace', () => {
    const policy = {
      ...DEFAULT_POLICIES.SEV1,
      actionDueDays: { immediate: 3, short: 14, long: 60 },
    };
    expect(defaultDueDate('immediate', resolvedAt, policy)).toBe('2026-03-15');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-03-19', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-3-19', false],
    ['next sprint', false],
  ])('reads "%s" as a date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('isOpenActionItem', () => {
  it.each([
    ['open', true],
    ['in_progress', true],
    ['done', false],
    ['verified', false],
    ['wont_do', false],
  ] as const)('treats %s as open: %s', (status, expected) => {
    expect(isOpenActionItem(buildActionItem({ status }))).toBe(expected);
  });
});
