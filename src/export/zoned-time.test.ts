import { describe, expect, it } from 'vitest';
import type { Instant } from '../domain/instant.js';
import { formatZonedTime, zonedTimeFrom } from './zoned-time.js';

const at = (text: string) => text as Instant;

describe('formatZonedTime', () => {
  it.each([
    ['2026-03-12T09:15:00.000Z', 'UTC', '2026-03-12 09:15 UTC'],
    ['2026-03-12T09:15:00.000Z', 'Europe/Paris', '2026-03-12 10:15 +01:00'],
    ['2026-07-12T09:15:00.000Z', 'Europe/Paris', '2026-07-12 11:15 +02:00'],
    ['2026-03-12T09:15:30.000Z', 'America/New_York', '2026-03-12 05:15:30 -04:00'],
    ['2026-03-12T09:15:30.250Z', 'Asia/Kolkata', '2026-03-12 14:45:30.250 +05:30'],
    ['2026-03-12T23:30:00.000Z', 'Pacific/Chatham', '2026-03-13 13:15 +13:45'],
  ])('shows %s in %s as %s', (instant, zone, expected) => {
    expect(formatZonedTime(at(instant), zone)).toBe(expected);
  });
});

describe('zonedTimeFrom', () => {
  it.each([
    ['2026-03-12 09:15 UTC', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12 09:15 Z', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12 10:15 +01:00', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12 10:15 Europe/Paris', '2026-03-12T09:15:00.000Z'],
    ['2026-03-12 05:15:30 America/New_York', '2026-03-12T09:15:30.000Z'],
    ['2026-03-12 18:15', '2026-03-12T09:15:00.000Z'],
  ])('reads %s (default zone Asia/Tokyo) as %s', (text, expected) => {
    expect(zonedTimeFrom(text, 'Asia/Tokyo')).toBe(expected);
  });

  it.each([
    ['yesterday at nine', 'must be a time such as 2026-03-12 09:15 UTC, got "yesterday at nine"'],
    ['2026-02-30 09:15 UTC', '"2026-02-30T09:15Z" is not a real calendar date and time'],
    ['2026-03-12 09:15 Mars/Olympus', '"Mars/Olympus" is not a known IANA time zone'],
  ])('explains why %s is not a time', (text, problem) => {
    expect(zonedTimeFrom(text, 'UTC')).toEqual({ problem });
  });
});
