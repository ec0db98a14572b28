import { describe, expect, it } from 'vitest';
import type { Instant } from '../instant.js';
import type { ActionItem } from './action-item.js';
import {
  addCalendarDays,
  calendarDateIn,
  collectActionItemDigests,
  composeActionItemDigest,
  type ReminderCandidate,
} from './action-item-digest.js';
import { buildActionItem } from './test-builders.js';

function candidate(overrides: Partial<ActionItem>, incidentKey = 'INC-7'): ReminderCandidate {
  return {
    incidentKey,
    incidentTitle: 'Checkout errors',
    item: buildActionItem({ owner: 'kim@example.com', ...overrides }),
  };
}

describe('calendarDateIn', () => {
  it.each([
    ['2026-03-12T23:30:00.000Z', 'UTC', '2026-03-12'],
    ['2026-03-12T23:30:00.000Z', 'Europe/Paris', '2026-03-13'],
    ['2026-03-12T03:00:00.000Z', 'America/New_York', '2026-03-11'],
  ])('puts %s on the day %s calls %s', (now, zone, day) => {
    expect(calendarDateIn(now as Instant, zone)).toBe(day);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('collectActionItemDigests', () => {
  it('groups open and in-progress items due by the day after tomorrow by owner address', () => {
    const digests = collectActionItemDigests(
      [
        candidate({ id: 'soon', dueDate: '2026-03-14', title: 'B' }),
        candidate({ id: 'late', dueDate: '2026-03-09', status: 'in_progress' }),
        candidate({ id: 'today', dueDate: '2026-03-12' }),
        candidate({ id: 'later', dueDate: '2026-03-15' }),
        candidate({ id: 'undated', dueDate: null }),
        candidate({ id: 'done', dueDate: '2026-03-09', status: 'done' }),
        candidate({ id: 'verified', dueDate: '2026-03-09', status: 'verified' }),
        candidate({ id: 'dropped', dueDate: '2026-03-09', status: 'wont_do' }),
        candidate({ id: 'named', dueDate: '2026-03-09', owner: 'Kim Park' }),
        candidate({ id: 'nobody', dueDate: '2026-03-09', owner: null }),
        candidate({ id: 'other', dueDate: '2026-03-11', owner: 'Ana <ana@example.com>' }),
      ],
      '2026-03-12',
    );
    expect(
      digests.map((digest) => ({
        owner: digest.owner,
        overdue: digest.overdue.map((entry) => entry.item.id),
        dueSoon: digest.dueSoon.map((entry) => entry.item.id),
      })),
    ).toEqual([
      { owner: 'ana@example.com', overdue: ['other'], dueSoon: [] },
      { owner: 'kim@example.com', overdue: ['late'], dueSoon: ['today', 'soon'] },
    ]);
  });

  it('gives no digest when nothing is due', () => {
    expect(collectActionItemDigests([candidate({ dueDate: '2026-04-01' })], '2026-03-12')).toEqual(
      [],
    );
  });
});

describe('composeActionItemDigest', () => {
  const [digest] = collectActionItemDigests(
    [
      candidate({ id: 'a', title: 'Alert on queue age', dueDate: '2026-03-10' }, 'INC-3'),
      candidate({ id: 'b', title: 'Write the <failover> runbook', dueDate: '2026-03-13' }),
    ],
    '2026-03-12',
  );
  const mail = composeActionItemDigest(
    digest!,
    (key) => `https://h.example.com/incidents/${key}/review`,
  );

  it('counts overdue and soon-due items in the subject', () => {
    expect(mail.subject).toBe('Your action items: 1 overdue, 1 due soon (2026-03-12)');
  });

  it('lists each item under its group with its incident, due date, status and link', () => {
    expect(mail.text).toContain(
      [
        'Past due:',
        '  - Alert on queue age (INC-3, due 2026-03-10, open)',
        '    https://h.example.com/incidents/INC-3/review',
        '',
        'Due by 2026-03-14:',
        '  - Write the <failover> runbook (INC-7, due 2026-03-13, open)',
        '    https://h.example.com/incidents/INC-7/review',
      ].join('\n'),
    );
  });

  it('escapes item text in the HTML part', () => {
    expect(mail.html).toContain('Write the &lt;failover&gt; runbook');
    expect(mail.html).toContain('<h3>Past due</h3>');
  });
});
