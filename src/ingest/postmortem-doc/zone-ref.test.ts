import { describe, expect, it } from 'vitest';
import { offsetZone, zoneAt, zoneFromName } from './zone-ref.js';

describe('zoneAt', () => {
  it.each([
    [' UTC', { kind: 'offset', minutes: 0, label: 'UTC' }],
    [' GMT', { kind: 'offset', minutes: 0, label: 'UTC' }],
    ['Z', { kind: 'offset', minutes: 0, label: 'UTC' }],
    [' PST', { kind: 'offset', minutes: -480, label: 'PST' }],
    [' PDT', { kind: 'offset', minutes: -420, label: 'PDT' }],
    [' EST', { kind: 'offset', minutes: -300, label: 'EST' }],
    [' EDT', { kind: 'offset', minutes: -240, label: 'EDT' }],
    [' CST', { kind: 'offset', minutes: -360, label: 'CST' }],
    [' CDT', { kind: 'offset', minutes: -300, label: 'CDT' }],
    [' MST', { kind: 'offset', minutes: -420, label: 'MST' }],
    [' MDT', { kind: 'offset', minutes: -360, label: 'MDT' }],
    [' CET', { kind: 'offset', minutes: 60, label: 'CET' }],
    [' CEST', { kind: 'offset', minutes: 120, label: 'CEST' }],
    [' BST', { kind: 'offset', minutes: 60, label: 'BST' }],
    [' JST', { kind: 'offset', minutes: 540, label: 'JST' }],
    [' AEST', { kind: 'offset', minutes: 600, label: 'AEST' }],
    [' +02:00', { kind: 'offset', minutes: 120, label: '+02:00' }],
    [' -0530', { kind: 'offset', minutes: -330, label: '-05:30' }],
    [' UTC+2', { kind: 'offset', minutes: 120, label: '+02:00' }],
    [' (UTC)', { kind: 'offset', minutes: 0, label: 'UTC' }],
    [' Pacific', { kind: 'iana', name: 'America/Los_Angeles', label: 'America/Los_Angeles' }],
    [' US Eastern time', { kind: 'iana', name: 'America/New_York', label: 'America/New_York' }],
    [' PT', { kind: 'iana', name: 'America/Los_Angeles', label: 'PT' }],
    [' Europe/Berlin', { kind: 'iana', name: 'Europe/Berlin', label: 'Europe/Berlin' }],
  ])('reads %j', (text, zone) => {
    expect(zoneAt(text, 0)?.zone).toEqual(zone);
  });

  it('marks IST as unclear: India, Ireland or Israel', () => {
    expect(zoneAt(' IST', 0)?.zone).toEqual({
      kind: 'unclear',
      label: 'IST',
      candidates: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
    });
  });

  it.each([' ESTIMATE', ' Zebra', ' (UTC', ' Not/AZone', ' +15:00'])(
    'reads no zone from %j',
    (text) => {
      expect(zoneAt(text, 0)).toBeNull();
    },
  );
});

describe('zone helpers', () => {
  it('labels offsets with sign, hours and minutes', () => {
    expect(offsetZone(-330).label).toBe('-05:30');
    expect(offsetZone(0).label).toBe('UTC');
  });

  it('accepts IANA names and UTC as a default zone, and refuses anything else', () => {
    expect(zoneFromName('Europe/London')).toEqual({
      kind: 'iana',
      name: 'Europe/London',
      label: 'Europe/London',
    });
    expect(zoneFromName('utc')?.label).toBe('UTC');
    expect(zoneFromName('Mars/Olympus')).toBeNull();
  });
});
