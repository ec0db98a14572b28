import { describe, expect, it } from 'vitest';
import { parseQuickEntry } from './parse-quick-entry.js';

const context = {
  defaultDate: '2026-03-12',
  zone: 'Europe/Paris',
  kinds: ['alert', 'action', 'note', 'deploy'],
  defaultKind: 'note',
};

describe('parseQuickEntry', () => {
  it.each([
    [
      '09:15 alert 5xx above 2% on checkout',
      { at: '2026-03-12T08:15:00.000Z', kind: 'alert', text: '5xx above 2% on checkout' },
    ],
    [
      '09:15:30 Deploy rolled back v42',
      { at: '2026-03-12T08:15:30.000Z', kind: 'deploy', text: 'rolled back v42' },
    ],
    [
      '2026-03-13 00:05 action restarted the pool',
      { at: '2026-03-12T23:05:00.000Z', kind: 'action', text: 'restarted the pool' },
    ],
    [
      '7:02 paged the on-call engineer',
      { at: '2026-03-12T06:02:00.000Z', kind: 'note', text: 'paged the on-call engineer' },
    ],
  ])('reads %j as a time in the chosen zone, a kind and the text', (line, expected) => {
    expect(parseQuickEntry(line, context)).toEqual(expected);
  });

  it.each([
    ['alert without a time', 'Start with a time such as 09:15, then the kind and what happened.'],
    ['25:10 alert too late', '2026-03-12 25:10 is not a valid date and time.'],
    ['2026-02-30 10:00 note no such day', '2026-02-30 10:00 is not a valid date and time.'],
    ['09:15 alert', 'Add what happened after the time and kind.'],
  ])('explains what is wrong with %j', (line, problem) => {
    expect(parseQuickEntry(line, context)).toEqual({ problem });
  });
});
