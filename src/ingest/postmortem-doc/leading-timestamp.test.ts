import { describe, expect, it } from 'vitest';
import { leadingTimestamp } from './leading-timestamp.js';

/** A compact view of a parse: date, time, zone label, offset and rest. */
function view(text: string) {
  const stamp = leadingTimestamp(text);
  if (!stamp) return null;
  const d = stamp.date?.date;
  return {
    date: d ? `${d.year ?? '????'}-${d.month}-${d.day}` : stamp.date?.orders ? 'unclear' : null,
    time: stamp.time ? `${stamp.time.hour}:${stamp.time.minute}:${stamp.time.second}` : null,
    zone: stamp.zone?.label ?? null,
    offset: stamp.offsetSeconds,
    rest: stamp.rest,
  };
}

describe('leadingTimestamp', () => {
  it.each([
    ['09:15 — paged', null, '9:15:0', null, 'paged'],
    ['9:15am deploy', null, '9:15:0', null, 'deploy'],
    ['2:15 PM: rolled back', null, '14:15:0', null, 'rolled back'],
    ['14:03 UTC alert fired', null, '14:3:0', 'UTC', 'alert fired'],
    ['14:03:27 - first 500', null, '14:3:27', null, 'first 500'],
    ['2017/01/31 23:00 backup ran', '2017-1-31', '23:0:0', null, 'backup ran'],
    ['2017-01-31 23:00 backup ran', '2017-1-31', '23:0:0', null, 'backup ran'],
    ['2017-01-31T23:00:00Z backup ran', '2017-1-31', '23:0:0', 'UTC', 'backup ran'],
    ['31/01/2017 23:00 | backup ran', '2017-1-31', '23:0:0', null, 'backup ran'],
    ['October 21, 2018 22:52 UTC — lag began', '2018-10-21', '22:52:0', 'UTC', 'lag began'],
    ['Oct 21 22:52 lag began', '????-10-21', '22:52:0', null, 'lag began'],
    ['21 Oct 2018, 10:52 PM PDT — failover', '2018-10-21', '22:52:0', 'PDT', 'failover'],
    ['2026-06-10 08:15:00 +02:00 502s', '2026-6-10', '8:15:0', '+02:00', '502s'],
    ['**09:15** — paged', null, '9:15:0', null, 'paged'],
    ['[14:03] alert', null, '14:3:0', null, 'alert'],
    ['At 13:02 on Thursday, February 11, we shipped', '????-2-11', '13:2:0', null, 'we shipped'],
    ['22:52 UTC on October 21, 2018: lag', '2018-10-21', '22:52:0', 'UTC', 'lag'],
    ['~14:10 someone noticed', null, '14:10:0', null, 'someone noticed'],
    ['14:03–14:10 UTC retries', null, '14:3:0', 'UTC', 'retries'],
    ['Tuesday, March 3', '????-3-3', null, null, ''],
    ['03/04/2026 10:00 release', 'unclear', '10:0:0', null, 'release'],
  ])('reads %j', (text, date, time, zone, rest) => {
    expect(view(text)).toEqual({ date, time, zone, offset: null, rest });
  });

  it.each([
    ['T+0 — alert', 0, 'alert'],
    ['T+15m paged', 900, 'paged'],
    ['T+1h30m rolled back', 5400, 'rolled back'],
    ['T-10m errors', -600, 'errors'],
    ['T+1:05 resolved', 3900, 'resolved'],
    ['T+90 review', 5400, 'review'],
    ['T+45 min: drained', 2700, 'drained'],
  ])('reads the relative offset of %j', (text, offset, rest) => {
    expect(view(text)).toMatchObject({ offset, rest, time: null });
  });

  it('keeps the clock time a T+0 line pins', () => {
    expect(view('T+0 (14:03 UTC) alert fired')).toEqual({
      date: null,
      time: '14:3:0',
      zone: 'UTC',
      offset: 0,
      rest: 'alert fired',
    });
  });

  it.each(['The deploy went out', '2 engineers joined', 'Date: 2026-03-03', 'v1.2.3 shipped', ''])(
    'finds no timestamp at the start of %j',
    (text) => {
      expect(leadingTimestamp(text)).toBeNull();
    },
  );
});
