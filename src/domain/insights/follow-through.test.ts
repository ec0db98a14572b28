import { describe, expect, it } from 'vitest';
import { computeFollowThrough, dueEndOf } from './follow-through.js';
import { buildPeriods } from './periods.js';
import { at, buildFacts, buildItemFacts } from './test-builders.js';

const periods = buildPeriods(
  at('2026-03-01T00:00:00.000Z'),
  at('2026-05-01T00:00:00.000Z'),
  'month',
  'UTC',
);
const incidents = new Map([
  ['incident-1', buildFacts(1, {}, { services: ['checkout'] })],
  ['incident-2', buildFacts(2, {}, { services: ['search', 'checkout'] })],
]);
const teamOf = (service: string) => (service === 'search' ? 'discovery' : 'payments');
const now = at('2026-04-20T12:00:00.000Z');

const items = [
  // Done on its due day: on time.
  buildItemFacts('a', 'incident-1', {
    status: 'done',
    dueDate: '2026-03-10',
    doneAt: at('2026-03-10T23:59:00.000Z'),
  }),
  // Verified a day late.
  buildItemFacts('b', 'incident-1', {
    status: 'verified',
    dueDate: '2026-03-10',
    doneAt: at('2026-03-11T08:00:00.000Z'),
    verifiedAt: at('2026-04-02T08:00:00.000Z'),
  }),
  // Open and 20 days past due.
  buildItemFacts('c', 'incident-2', {
    dueDate: '2026-03-31',
    createdAt: at('2026-04-01T00:00:00.000Z'),
  }),
  // Open, not due yet: counts nowhere but created.
  buildItemFacts('d', 'incident-2', {
    dueDate: '2026-04-25',
    createdAt: at('2026-04-02T00:00:00.000Z'),
  }),
  // Won't do: never late.
  buildItemFacts('e', 'incident-2', { status: 'wont_do', dueDate: '2026-03-05' }),
  // Due long before the range, still open: in the backlog, not in the on-time rate.
  buildItemFacts('f', 'incident-1', {
    status: 'in_progress',
    dueDate: '2025-12-01',
    createdAt: at('2025-11-01T00:00:00.000Z'),
  }),
];

// The workspace's overdue items as storage counts them: c and f of the items above, and g, an item
// of an incident outside the range, all due on f's day.
const overdue = {
  dueDays: [
    { dueDate: '2025-12-01', count: 2 },
    { dueDate: '2026-03-31', count: 1 },
  ],
  oldest: [
    { id: 'g', incidentKey: 'INC-0', title: 'g', owner: null, dueDate: '2025-12-01' },
    { id: 'f', incidentKey: 'INC-1', title: 'f', owner: null, dueDate: '2025-12-01' },
    { id: 'c', incidentKey: 'INC-2', title: 'c', owner: null, dueDate: '2026-03-31' },
  ],
};

describe('computeFollowThrough', () => {
  const result = computeFollowThrough(items, incidents, periods, teamOf, now, overdue);

  it('counts items created, done and verified in each period', () => {
    expect(result.rows).toEqual([
      { period: '2026-03', created: 3, done: 2, verified: 0 },
      { period: '2026-04', created: 2, done: 0, verified: 1 },
    ]);
  });

  it('rates on-time delivery overall, by team and by service, a two-service item counting for both', () => {
    expect(result.onTime.map((r) => [r.dimension, r.value, r.due, r.onTime, r.rate])).toEqual([
      ['all', 'all', 3, 1, 1 / 3],
      ['team', 'discovery', 1, 0, 0],
      ['team', 'payments', 3, 1, 1 / 3],
      ['service', 'checkout', 3, 1, 1 / 3],
      ['service', 'search', 1, 0, 0],
    ]);
  });

  it('lists the overdue backlog oldest first, its age counting the day under way (19.5 days is 20)', () => {
    expect(result.overdue).toMatchObject({
      count: 3,
      maxAgeDays: 140,
      medianAgeDays: 140,
      byAge: { '1-7': 0, '8-30': 1, '31-90': 0, '>90': 2 },
    });
    expect(result.overdue.items.map((i) => [i.id, i.incidentKey, i.ageDays])).toEqual([
      ['f', 'INC-1', 140],
      ['g', 'INC-0', 140],
      ['c', 'INC-2', 20],
    ]);
  });

  it('lists only the oldest when asked for fewer, ties on a day ordered by id', () => {
    const two = computeFollowThrough(items, incidents, periods, teamOf, now, overdue, 2);
    expect(two.overdue.count).toBe(3);
    expect(two.overdue.items.map((i) => i.id)).toEqual(['f', 'g']);
  });

  it('rates an item of an earlier incident, due in the range, under that incident’s services', () => {
    const earlier = buildItemFacts('h', 'incident-0', {
      status: 'done',
      dueDate: '2026-03-20',
      doneAt: at('2026-03-19T10:00:00.000Z'),
    });
    earlier.incident = { key: 'INC-0', services: ['search'] };
    const withEarlier = computeFollowThrough([earlier], incidents, periods, teamOf, now, overdue);
    expect(withEarlier.onTime.map((r) => [r.dimension, r.value, r.onTime])).toEqual([
      ['all', 'all', 1],
      ['team', 'discovery', 1],
      ['service', 'search', 1],
    ]);
  });
});

describe('dueEndOf', () => {
  it('ends a due day at the next UTC midnight, across a month end', () => {
    expect(dueEndOf('2026-02-28')).toBe('2026-03-01T00:00:00.000Z');
  });
});
