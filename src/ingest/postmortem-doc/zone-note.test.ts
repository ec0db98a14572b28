import { describe, expect, it } from 'vitest';
import { zoneInParentheses, zoneNoteFromText } from './zone-note.js';

describe('zoneNoteFromText', () => {
  it.each([
    ['All times in UTC.', 'UTC'],
    ['Times are in PST', 'PST'],
    ['(all times Pacific)', 'America/Los_Angeles'],
    ['All times IST.', 'IST'],
    ['All times below are in UTC.', 'UTC'],
    ['Timestamps are UTC+2', '+02:00'],
    ['tz: Europe/Berlin', 'Europe/Berlin'],
    ['Time zone: US Eastern', 'America/New_York'],
    ['Date: 2026-12-02 All times GMT.', 'UTC'],
  ])('finds the zone stated in %j', (text, label) => {
    expect(zoneNoteFromText(text)?.label).toBe(label);
  });

  it.each([
    'The job runs at 02:00 UTC daily.',
    'Time to detect was 5 minutes.',
    'At the time, nobody knew.',
  ])('finds no zone statement in %j', (text) => {
    expect(zoneNoteFromText(text)).toBeNull();
  });
});

describe('zoneInParentheses', () => {
  it.each([
    ['Timeline (UTC)', 'UTC'],
    ['Time (PDT)', 'PDT'],
    ['Timeline (all times Pacific)', 'America/Los_Angeles'],
  ])('finds the zone of %j', (text, label) => {
    expect(zoneInParentheses(text)?.label).toBe(label);
  });

  it('ignores parentheses that hold more than a zone', () => {
    expect(zoneInParentheses('Timeline (UTC and then some)')).toBeNull();
  });
});
