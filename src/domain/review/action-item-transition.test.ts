import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import type { ActionItemStatus } from './action-item.js';
import { transitionActionItem } from './action-item-transition.js';
import { buildActionItem } from './test-builders.js';

const now = '2026-03-18T15:00:00.000Z' as Instant;
const testedAt = '2026-03-18T14:00:00.000Z' as Instant;
const by = 'Jordan Lee';

describe('transitionActionItem', () => {
  it.each<[ActionItemStatus, ActionItemStatus]>([
    ['open', 'in_progress'],
    ['in_progress', 'done'],
    ['done', 'in_progress'],
    ['verified', 'in_progress'],
    ['wont_do', 'open'],
  ])('moves an item from %s to %s', (from, to) => {
    const result = transitionActionItem(buildActionItem({ status: from }), to, { by }, now);
    expect('item' in result && result.item.status).toBe(to);
  });

  it.each<[ActionItemStatus, ActionItemStatus]>([
    ['done', 'open'],
    ['verified', 'done'],
    ['wont_do', 'done'],
  ])('refuses to move an item from %s to %s', (from, to) => {
    const result = transitionActionItem(buildActionItem({ status: from }), to, { by }, now);
    expect(
      'problem' in result && result.problem.startsWith(`status: cannot move from ${from} to ${to}`),
    ).toBe(true);
  });

  it('records when an item was done', () => {
    const result = transitionActionItem(
      buildActionItem({ status: 'in_progress' }),
      'done',
      { by },
      now,
    );
    expect('item' in result && result.item.doneAt).toBe(now);
  });

  it('records the verification evidence and who gave it', () => {
    const item = buildActionItem({ status: 'done', doneAt: '2026-03-17T10:00:00.000Z' as Instant });
    const verification = {
      what: 'Paused the consumer in staging; paged after 9 minutes',
      at: testedAt,
      link: 'https://ci.example.com/runs/88',
    };
    const result = transitionActionItem(item, 'verified', { by, verification }, now);
    expect('item' in result && result.item.verification).toEqual({ ...verification, by });
  });

  it('counts an item verified straight from work as done at the time of the test', () => {
    const verification = { what: 'Replayed the load test', at: testedAt };
    const result = transitionActionItem(
      buildActionItem({ status: 'in_progress' }),
      'verified',
      { by, verification },
      now,
    );
    expect('item' in result && [result.item.doneAt, result.item.verification?.link]).toEqual([
      testedAt,
      null,
    ]);
  });

  it.each([
    [
      'no evidence',
      undefined,
      'verification: record how the fix was tested (what, at, and a link if there is one)',
    ],
    [
      'an empty description',
      { what: ' ', at: testedAt },
      'verification.what: describe the test that showed the fix works',
    ],
    [
      'a test in the future',
      { what: 'Drill', at: '2026-03-19T00:00:00.000Z' as Instant },
      'verification.at: must not be in the future, got 2026-03-19T00:00:00.000Z',
    ],
    [
      'a malformed time',
      { what: 'Drill', at: 'yesterday' as Instant },
      'verification.at: must be an instant, got "yesterday"',
    ],
  ])('refuses to verify with %s', (_case, verification, problem) => {
    const result = transitionActionItem(
      buildActionItem({ status: 'done' }),
      'verified',
      { by, verification },
      now,
    );
    expect(result).toEqual({ problem });
  });

  it("refuses won't do without a reason", () => {
    const result = transitionActionItem(buildActionItem(), 'wont_do', { by, reason: ' ' }, now);
    expect(result).toEqual({ problem: 'wontDoReason: say why the item will not be done' });
  });

  it("records the reason an item won't be done", () => {
    const result = transitionActionItem(
      buildActionItem(),
      'wont_do',
      { by, reason: 'The service is retired in April' },
      now,
    );
    expect('item' in result && result.item.wontDoReason).toBe('The service is retired in April');
  });

  it('clears the verification when a follow-up sends a verified item back to work', () => {
    const item = buildActionItem({
      status: 'verified',
      doneAt: testedAt,
      verification: { what: 'Drill', at: testedAt, link: null, by },
    });
    const result = transitionActionItem(item, 'in_progress', { by }, now);
    expect('item' in result && [result.item.verification, result.item.doneAt]).toEqual([
      null,
      null,
    ]);
  });
});
