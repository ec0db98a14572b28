import { describe, expect, it } from 'vitest';
import { leadingTimestamp } from './leading-timestamp.js';
import { instantOf, type TimelineContext, TimestampResolver } from './timestamp-resolver.js';
import { zoneAt, zoneFromName } from './zone-ref.js';

const BASE: TimelineContext = {
  incidentDate: { year: 2026, month: 3, day: 3 },
  referenceYear: null,
  noteZone: null,
  firstEntryZone: null,
  defaultZone: null,
  dateOrder: null,
  zoneHints: '',
  t0: null,
};
const zone = (text: string) => zoneAt(` ${text}`, 0)!.zone;

/** Resolves lines in order with one resolver, as a timeline would. */
function resolveAll(lines: string[], context: Partial<TimelineContext> = {}) {
  const resolver = new TimestampResolver({ ...BASE, ...context });
  return lines.map((line) => resolver.resolve(leadingTimestamp(line)!));
}

describe('TimestampResolver zones', () => {
  it('uses a zone written on the line over every other source', () => {
    expect(resolveAll(['09:00 PDT x'], { noteZone: zone('UTC') })[0]).toEqual({
      at: '2026-03-03T16:00:00.000Z',
      reasons: [],
      zone: 'PDT',
    });
  });

  it('uses the zone the document states for lines without one', () => {
    expect(resolveAll(['09:00 x'], { noteZone: zone('CET') })[0]?.at).toBe(
      '2026-03-03T08:00:00.000Z',
    );
  });

  it('carries the last written zone forward to later lines', () => {
    expect(resolveAll(['09:00 JST x', '09:30 y']).map((r) => r.at)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-03T00:30:00.000Z',
    ]);
  });

  it('uses the first written zone of the timeline for lines before it', () => {
    expect(resolveAll(['09:00 x'], { firstEntryZone: zone('UTC') })[0]?.at).toBe(
      '2026-03-03T09:00:00.000Z',
    );
  });

  it('applies daylight saving for IANA zones', () => {
    expect(
      resolveAll(['09:00 x'], {
        noteZone: zone('Pacific'),
        incidentDate: { year: 2026, month: 7, day: 1 },
      })[0]?.at,
    ).toBe('2026-07-01T16:00:00.000Z');
  });

  it('uses the caller default zone without calling the entry ambiguous', () => {
    expect(resolveAll(['09:00 x'], { defaultZone: zoneFromName('Europe/London') })[0]).toEqual({
      at: '2026-03-03T09:00:00.000Z',
      reasons: [],
      zone: 'Europe/London',
    });
  });

  it('never assumes a zone: without one the entry has no instant', () => {
    expect(resolveAll(['09:00 x'])[0]).toEqual({ at: null, reasons: ['no time zone'] });
  });

  it('leaves IST unresolved unless the document or default zone settles it', () => {
    expect(resolveAll(['09:00 IST x'])[0]).toEqual({
      at: null,
      reasons: ['time zone IST is ambiguous'],
    });
    expect(resolveAll(['09:00 IST x'], { zoneHints: 'our Bengaluru team' })[0]?.at).toBe(
      '2026-03-03T03:30:00.000Z',
    );
    expect(resolveAll(['09:00 IST x'], { defaultZone: zoneFromName('Europe/Dublin') })[0]?.at).toBe(
      '2026-03-03T09:00:00.000Z',
    );
  });
});

describe('TimestampResolver dates', () => {
  const utc = { noteZone: zone('UTC') };

  it('moves to the next day when a time is far earlier than the one before (midnight crossing)', () => {
    expect(resolveAll(['23:50 a', '00:10 b', '00:20 c'], utc).map((r) => r.at)).toEqual([
      '2026-03-03T23:50:00.000Z',
      '2026-03-04T00:10:00.000Z',
      '2026-03-04T00:20:00.000Z',
    ]);
  });

  it('does not cross midnight for a line slightly out of order', () => {
    expect(resolveAll(['14:05 a', '14:03 b'], utc).map((r) => r.at)).toEqual([
      '2026-03-03T14:05:00.000Z',
      '2026-03-03T14:03:00.000Z',
    ]);
  });

  it('takes the year of a year-less date from the incident date', () => {
    expect(resolveAll(['Mar 4 10:00 a'], utc)[0]?.at).toBe('2026-03-04T10:00:00.000Z');
  });

  it('reports a missing date or year', () => {
    expect(resolveAll(['10:00 a'], { ...utc, incidentDate: null })[0]?.reasons).toEqual([
      'no date',
    ]);
    expect(resolveAll(['Mar 4 10:00 a'], { ...utc, incidentDate: null })[0]?.reasons).toEqual([
      'no year',
    ]);
    expect(
      resolveAll(['Mar 4 10:00 a'], { ...utc, incidentDate: null, referenceYear: 2025 })[0]?.at,
    ).toBe('2025-03-04T10:00:00.000Z');
  });

  it('settles day/month order from the document, then from the incident date, else flags it', () => {
    expect(resolveAll(['03/04/2026 10:00 a'], { ...utc, dateOrder: 'dmy' })[0]?.at).toBe(
      '2026-04-03T10:00:00.000Z',
    );
    expect(
      resolveAll(['03/04/2026 10:00 a'], {
        ...utc,
        incidentDate: { year: 2026, month: 3, day: 4 },
      })[0]?.at,
    ).toBe('2026-03-04T10:00:00.000Z');
    expect(resolveAll(['03/04/2026 10:00 a'], { ...utc, incidentDate: null })[0]?.reasons).toEqual([
      'day/month order unclear',
    ]);
  });

  it('adds relative offsets to T0 and flags them without one', () => {
    expect(resolveAll(['T+15m a'], { t0: '2026-03-03T14:00:00.000Z' as never })[0]?.at).toBe(
      '2026-03-03T14:15:00.000Z',
    );
    expect(resolveAll(['T+15m a'])[0]?.reasons).toEqual(['no T0 given for a relative time']);
  });
});

describe('instantOf', () => {
  it('uses the offset in force on that day in an IANA zone', () => {
    const newYork = zoneFromName('America/New_York')!;
    expect(
      instantOf({ year: 2026, month: 3, day: 7 }, { hour: 9, minute: 30, second: 0 }, newYork),
    ).toBe('2026-03-07T14:30:00.000Z');
    expect(
      instantOf({ year: 2026, month: 3, day: 8 }, { hour: 9, minute: 30, second: 0 }, newYork),
    ).toBe('2026-03-08T13:30:00.000Z');
  });

  it('returns null for an unclear zone', () => {
    const ist = zoneAt(' IST', 0)!.zone;
    expect(
      instantOf({ year: 2026, month: 3, day: 8 }, { hour: 9, minute: 0, second: 0 }, ist),
    ).toBeNull();
  });
});
