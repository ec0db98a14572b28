import { describe, expect, it } from 'vitest';
import { groupActionItems } from './group-action-items.js';

const item = (title: string, status: string, dueDate: string | null) => ({
  title,
  status,
  dueDate,
});

describe('groupActionItems', () => {
  const items = [
    item('rotate keys', 'open', '2026-03-01'),
    item('add canary', 'in_progress', '2026-03-12'),
    item('alert on expiry', 'open', '2026-03-19'),
    item('write runbook', 'open', '2026-03-20'),
    item('document owners', 'open', null),
    item('load test', 'done', '2026-02-01'),
    item('retire cron', 'verified', '2026-02-01'),
    item('rewrite gateway', 'wont_do', '2026-02-01'),
  ];
  const titles = (list: { title: string }[]) => list.map((i) => i.title);

  it('puts open work due before today in overdue, and work due today or within a week in due soon', () => {
    const groups = groupActionItems(items, '2026-03-12');
    expect(titles(groups.overdue)).toEqual(['rotate keys']);
    expect(titles(groups.dueSoon)).toEqual(['add canary', 'alert on expiry']);
  });

  it('puts later and undated work in later', () => {
    expect(titles(groupActionItems(items, '2026-03-12').later)).toEqual([
      'write runbook',
      'document owners',
    ]);
  });

  it('keeps done items waiting for verification apart from closed ones, however late', () => {
    const groups = groupActionItems(items, '2026-03-12');
    expect(titles(groups.awaitingVerification)).toEqual(['load test']);
    expect(titles(groups.closed)).toEqual(['retire cron', 'rewrite gateway']);
  });
});
