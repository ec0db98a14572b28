import { describe, expect, it } from 'vitest';
import type { Instant } from '../domain/instant.js';
import { formatInstantIn, formatSeconds, hasSeconds, wordsOf } from './format-time.js';

const at = (text: string) => text as Instant;

describe('formatInstantIn', () => {
  it.each([
    ['2026-03-12T09:15:00.000Z', 'UTC', false, '2026-03-12 09:15'],
    ['2026-03-12T09:15:42.000Z', 'UTC', true, '2026-03-12 09:15:42'],
    ['2026-03-12T09:15:00.000Z', 'Europe/Berlin', false, '2026-03-12 10:15'],
    ['2026-07-12T09:15:00.000Z', 'Europe/Berlin', false, '2026-07-12 11:15'],
    ['2026-03-12T02:00:00.000Z', 'America/New_York', false, '2026-03-11 22:00'],
  ])('shows %s in %s as wall-clock time', (instant, zone, withSeconds, expected) => {
    expect(formatInstantIn(at(instant), zone, withSeconds)).toBe(expected);
  });
});

describe('hasSeconds', () => {
  it('tells instants on a whole minute from the others', () => {
    expect([
      hasSeconds(at('2026-03-12T09:15:00.000Z')),
      hasSeconds(at('2026-03-12T09:15:01.000Z')),
    ]).toEqual([false, true]);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0s'],
    [42, '42s'],
    [300, '5m 0s'],
    [4680, '1h 18m 0s'],
    [3600, '1h 0m 0s'],
    [183_600, '2d 3h 0m 0s'],
    [-300, '−5m 0s'],
  ])('writes %i seconds as %s', (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
});

describe('wordsOf', () => {
  it.each([
    ['impactStarted', 'impact started'],
    ['timeToDetect', 'time to detect'],
    ['incident_commander', 'incident commander'],
  ])('turns %s into %s', (name, expected) => {
    expect(wordsOf(name)).toBe(expected);
  });
});
