import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  epochMsOf,
  type Instant,
  instantFromEpochMs,
  instantFromIso,
  instantFromLocal,
  isInstant,
  isInstantProblem,
  isTimeZone,
  secondsBetween,
  zoneOffsetMs,
  zoneOfIso,
} from './instant.js';

const at = (text: string) => text as Instant;

describe('instantFromIso', () => {
  it.each([
    ['2026-03-12T09:15:00Z', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12T09:15:00z', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12T09:15Z', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12 09:15:00Z', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12T10:15:00+01:00', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12T10:15:00+0100', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12T04:45:00-04:30', '2026-03-12T09:15:00.000Z'],
    ['2026-03-13T00:15:00+14:00', '2026-03-12T10:15:00.000Z'],
    ['2026-03-12T09:15:00.5Z', '2026-03-12T09:15:00.500Z'],
    ['2026-03-12T09:15:00.123456789Z', '2026-03-12T09:15:00.123Z'],
    ['2026-01-01T00:30:00+01:00', '2025-12-31T23:30:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['  2026-03-12T09:15:00Z  ', '2026-03-12T09:15:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(instantFromIso(text)).toBe(expected);
  });

  it('refuses a time without a zone and says how to add one', () => {
    expect(instantFromIso('2026-03-12T09:15:00')).toEqual({
      problem:
        '"2026-03-12T09:15:00" has no time zone: add an offset such as Z or +02:00, or name the zone',
    });
  });

  it.each([
    ['2026-02-30T09:00:00Z', '"2026-02-30T09:00:00Z" is not a real calendar date and time'],
    ['2027-02-29T09:00:00Z', '"2027-02-29T09:00:00Z" is not a real calendar date and time'],
    ['2026-04-31T09:00:00Z', '"2026-04-31T09:00:00Z" is not a real calendar date and time'],
    ['2026-13-01T09:00:00Z', '"2026-13-01T09:00:00Z" is not a real calendar date and time'],
    ['2026-00-10T09:00:00Z', '"2026-00-10T09:00:00Z" is not a real calendar date and time'],
    ['2026-03-12T25:00:00Z', '"2026-03-12T25:00:00Z" is not a real calendar date and time'],
    ['2026-03-12T24:00:00Z', '"2026-03-12T24:00:00Z" is not a real calendar date and time'],
    ['2026-03-12T09:60:00Z', '"2026-03-12T09:60:00Z" is not a real calendar date and time'],
    ['2026-03-12T09:15:60Z', '"2026-03-12T09:15:60Z" is not a real calendar date and time'],
    ['2026-03-12T09:15:00+15:00', '"+15:00" is not a valid UTC offset'],
    ['2026-03-12T09:15:00+01:60', '"+01:60" is not a valid UTC offset'],
    [
      '1969-12-31T23:59:59Z',
      '"1969-12-31T23:59:59Z" is outside the supported range (1970 to 9999)',
    ],
    [
      '1970-01-01T00:30:00+01:00',
      '"1970-01-01T00:30:00+01:00" is outside the supported range (1970 to 9999)',
    ],
  ])('refuses %s: %s', (text, problem) => {
    expect(instantFromIso(text)).toEqual({ problem });
  });

  it.each([
    ['yesterday'],
    [''],
    ['2026-03-12'],
    ['12/03/2026 09:15Z'],
    ['2026-3-12T09:15:00Z'],
    ['10000-01-01T00:00:00Z'],
    ['2026-03-12T09:15:00 UTC'],
  ])('refuses %j as not an ISO 8601 instant', (text) => {
    expect(instantFromIso(text)).toEqual({
      problem: `must be an ISO 8601 instant such as 2026-03-12T09:15:00Z, got "${text}"`,
    });
  });

  it('clips a long input in the message', () => {
    const result = instantFromIso('x'.repeat(100));
    expect(result).toEqual({
      problem: `must be an ISO 8601 instant such as 2026-03-12T09:15:00Z, got "${'x'.repeat(40)}…"`,
    });
  });
});

describe('instantFromLocal', () => {
  it.each([
    // Europe/Paris: CET (+01:00) until 2026-03-29 02:00, CEST (+02:00) after.
    ['2026-03-28T12:00', 'Europe/Paris', '2026-03-28T11:00:00.000Z'],
    ['2026-03-29T01:30', 'Europe/Paris', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29T03:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-30T12:00', 'Europe/Paris', '2026-03-30T10:00:00.000Z'],
    ['2026-10-25T12:00', 'Europe/Paris', '2026-10-25T11:00:00.000Z'],
    // America/New_York: EST (-05:00) until 2026-03-08 02:00, EDT (-04:00) after.
    ['2026-03-07T12:00', 'America/New_York', '2026-03-07T17:00:00.000Z'],
    ['2026-03-08T01:30', 'America/New_York', '2026-03-08T06:30:00.000Z'],
    ['2026-03-08T03:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-02T12:00', 'America/New_York', '2026-11-02T17:00:00.000Z'],
    ['2026-03-12T09:15:30.250', 'UTC', '2026-03-12T09:15:30.250Z'],
  ])('reads %s in %s as %s', (text, zone, expected) => {
    expect(instantFromLocal(text, zone)).toBe(expected);
  });

  it('lets an offset written in the text win over the zone', () => {
    expect(instantFromLocal('2026-03-12T09:15:00+05:30', 'Europe/Paris')).toBe(
      '2026-03-12T03:45:00.000Z',
    );
  });

  it('refuses an unknown zone, a non-date and an impossible date', () => {
    expect(instantFromLocal('2026-03-12T09:15', 'Mars/Olympus')).toEqual({
      problem: '"Mars/Olympus" is not a known IANA time zone',
    });
    expect(instantFromLocal('soon', 'UTC')).toEqual({
      problem: 'must be a date and time such as 2026-03-12T09:15, got "soon"',
    });
    expect(instantFromLocal('2026-02-30T09:15', 'UTC')).toEqual({
      problem: '"2026-02-30T09:15" is not a real calendar date and time',
    });
  });
});

describe('zoneOfIso', () => {
  it.each([
    ['2026-03-12T09:15:00Z', 'UTC'],
    ['2026-03-12T09:15:00z', 'UTC'],
    ['2026-03-12T10:15:00+01:00', '+01:00'],
    ['2026-03-12T10:15:00+0100', '+01:00'],
    ['2026-03-12T04:15:00-05:00', '-05:00'],
    ['2026-03-12T09:15:00', null],
    ['not a time', null],
  ])('gives the zone of %s as %s', (text, zone) => {
    expect(zoneOfIso(text)).toBe(zone);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['UTC', true],
    ['Europe/Paris', true],
    ['America/New_York', true],
    ['Mars/Olympus', false],
    ['', false],
    ['Europe/'.repeat(20), false],
  ])('says %j is a zone: %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});

describe('zoneOffsetMs', () => {
  it('gives the offset in force at an instant, across a DST change', () => {
    const hour = 3_600_000;
    expect(zoneOffsetMs(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Paris')).toBe(hour);
    expect(zoneOffsetMs(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Paris')).toBe(2 * hour);
    expect(zoneOffsetMs(Date.UTC(2026, 2, 8, 7, 0), 'America/New_York')).toBe(-4 * hour);
  });
});

describe('instants as numbers', () => {
  it('round-trips epoch milliseconds', () => {
    expect(instantFromEpochMs(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(epochMsOf(at('2026-03-12T09:15:00.000Z'))).toBe(Date.UTC(2026, 2, 12, 9, 15));
  });

  it('reads any text as Date.parse does', () => {
    // Each field ranges a little past its limits, so the edges (month 13, hour 24, …) come up.
    const field = (max: number, width: number) =>
      fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
    const nearlyCanonical = fc
      .tuple(field(9999, 4), field(13, 2), field(32, 2), field(25, 2), field(61, 2), field(61, 2))
      .chain((parts) => fc.tuple(fc.constant(parts), field(999, 3)))
      .map(([[y, mo, d, h, mi, s], ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    const anyMs = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    const text = fc.oneof(
      nearlyCanonical,
      anyMs.map((ms) => new Date(ms).toISOString()),
      fc.string({ minLength: 24, maxLength: 24 }),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(epochMsOf(t as Instant)).toBe(Date.parse(t));
      }),
      { numRuns: 5000 },
    );
    for (const edge of [
      '2026-02-30T00:00:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '2026-13-01T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '0000-03-01T00:00:00.000Z',
    ]) {
      expect(epochMsOf(edge as Instant)).toBe(Date.parse(edge));
    }
  });

  it.each([
    ['2026-03-12T09:00:00.000Z', '2026-03-12T09:04:30.000Z', 270],
    ['2026-03-12T09:04:30.000Z', '2026-03-12T09:00:00.000Z', -270],
    ['2026-03-12T09:00:00.000Z', '2026-03-12T09:00:00.400Z', 0],
    ['2026-03-12T09:00:00.000Z', '2026-03-12T09:00:00.600Z', 1],
  ])('counts whole seconds from %s to %s as %d', (from, to, seconds) => {
    expect(secondsBetween(at(from), at(to))).toBe(seconds);
  });

  it.each([
    ['2026-03-12T09:15:00.000Z', true],
    ['2026-03-12T09:15:00Z', false],
    ['2026-03-12T10:15:00.000+01:00', false],
    [42, false],
  ])('says %j is canonical: %s', (value, expected) => {
    expect(isInstant(value)).toBe(expected);
  });

  it('tells a problem from an instant', () => {
    expect(isInstantProblem(instantFromIso('2026-03-12T09:15:00Z'))).toBe(false);
    expect(isInstantProblem(instantFromIso('later'))).toBe(true);
  });
});
