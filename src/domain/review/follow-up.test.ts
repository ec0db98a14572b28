import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import {
  checkFollowUp,
  type FollowUp,
  recordFollowUpOutcome,
  scheduleFollowUp,
} from './follow-up.js';
import { DEFAULT_POLICIES } from './policy.js';
import { buildActionItem } from './test-builders.js';

const publishedAt = '2026-03-17T10:00:00.000Z' as Instant;
const policy = DEFAULT_POLICIES.SEV1;

const followUp = scheduleFollowUp(
  {
    actionItems: [
      buildActionItem({ id: 'now', horizon: 'immediate' }),
      buildActionItem({
        id: 'soon',
        horizon: 'short',
        title: 'Add queue age to the payments dashboard',
      }),
      buildActionItem({ id: 'later', horizon: 'long' }),
      buildActionItem({
        id: 'never',
        horizon: 'short',
        status: 'wont_do',
        wontDoReason: 'Dashboard retired',
      }),
    ],
  },
  publishedAt,
  policy,
) as FollowUp;

const answers = [
  {
    actionItemId: 'now',
    verified: true,
    effective: true,
    note: 'Paged within 8 minutes in the drill',
  },
  {
    actionItemId: 'soon',
    verified: false,
    effective: null,
    note: 'Panel added, not yet used in anger',
  },
];
const noRecurrence = { recurred: false, incidentKeys: [] };

describe('scheduleFollowUp', () => {
  it('is due the policy number of days after publication', () => {
    expect(followUp.dueAt).toBe('2026-04-16T10:00:00.000Z');
  });

  it("asks about immediate and short-horizon items, not long ones or won't-do ones", () => {
    expect(followUp.items.map((i) => i.actionItemId)).toEqual(['now', 'soon']);
  });

  it('schedules nothing for a review with only long-horizon items', () => {
    expect(
      scheduleFollowUp(
        { actionItems: [buildActionItem({ horizon: 'long' })] },
        publishedAt,
        policy,
      ),
    ).toBeNull();
  });
});

describe('recordFollowUpOutcome', () => {
  const at = '2026-04-15T09:00:00.000Z' as Instant;

  it('records each answer, the recurrence, who and when', () => {
    const result = recordFollowUpOutcome(followUp, answers, noRecurrence, 'Ravi Patel', at);
    expect('followUp' in result && result.followUp).toMatchObject({
      items: [
        {
          actionItemId: 'now',
          answer: { verified: true, effective: true, note: 'Paged within 8 minutes in the drill' },
        },
        {
          actionItemId: 'soon',
          answer: { verified: false, effective: null, note: 'Panel added, not yet used in anger' },
        },
      ],
      recurrence: { recurred: false, incidentKeys: [] },
      completedAt: at,
      completedBy: 'Ravi Patel',
    });
  });

  it.each([
    [
      'a missing answer',
      answers.slice(0, 1),
      noRecurrence,
      'answers: no answer for action item "Add queue age to the payments dashboard" (soon)',
    ],
    [
      'an answer about an item that was not asked',
      [...answers, { actionItemId: 'later', verified: true, effective: true, note: '' }],
      noRecurrence,
      'answers.2.actionItemId: "later" is not part of this follow-up',
    ],
    [
      'a recurrence without incidents',
      answers,
      { recurred: true, incidentKeys: [] },
      'recurred.incidentKeys: name the incident(s) that recurred, e.g. INC-42',
    ],
    [
      'incidents without a recurrence',
      answers,
      { recurred: false, incidentKeys: ['INC-9'] },
      'recurred.incidentKeys: must be empty when nothing recurred',
    ],
    [
      'a malformed incident key',
      answers,
      { recurred: true, incidentKeys: ['inc nine'] },
      'recurred.incidentKeys: "inc nine" is not an incident key such as INC-42',
    ],
  ])('refuses %s', (_case, given, recurred, problem) => {
    expect(recordFollowUpOutcome(followUp, given, recurred, 'Ravi Patel', at)).toEqual({
      problems: [problem],
    });
  });
});

describe('checkFollowUp', () => {
  it('says nothing before the follow-up is due', () => {
    expect(checkFollowUp(followUp, '2026-04-16T09:59:59.000Z' as Instant)).toEqual([]);
  });

  it('warns when the follow-up is overdue', () => {
    expect(checkFollowUp(followUp, '2026-04-18T12:00:00.000Z' as Instant)).toEqual([
      {
        rule: 'follow-up-overdue',
        severity: 'warning',
        message: 'The follow-up was due 2026-04-16 and is 2 days late',
        where: { path: 'followUp' },
        suggestion:
          'Ask each owner whether the fix worked, and check for similar incidents since publication.',
      },
    ]);
  });

  it('says a follow-up a few hours late is less than a day late', () => {
    expect(checkFollowUp(followUp, '2026-04-16T15:00:00.000Z' as Instant)[0]?.message).toBe(
      'The follow-up was due 2026-04-16 and is less than a day late',
    );
  });

  it('warns about a fix the follow-up found ineffective and a recurrence', () => {
    const done = recordFollowUpOutcome(
      followUp,
      [answers[0]!, { ...answers[1]!, verified: true, effective: false }],
      { recurred: true, incidentKeys: ['INC-51'] },
      'Ravi Patel',
      '2026-04-15T09:00:00.000Z' as Instant,
    );
    const findings =
      'followUp' in done ? checkFollowUp(done.followUp, '2026-04-20T00:00:00.000Z' as Instant) : [];
    expect(findings.map((f) => [f.rule, f.where?.path])).toEqual([
      ['follow-up-ineffective', 'followUp.items.1'],
      ['follow-up-recurred', 'followUp.recurrence'],
    ]);
  });
});
