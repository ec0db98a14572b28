import { describe, expect, it } from 'vitest';
import { instantFromIso, isInstantProblem } from '../../domain/instant.js';
import { eventColumnOf, eventDraftFromFields } from './event-draft-from-record.js';

describe('eventColumnOf', () => {
  it.each([
    ['Time', 'time'],
    ['timestamp', 'time'],
    ['Source ID', 'sourceId'],
    ['source_id', 'sourceId'],
    ['source-id', 'sourceId'],
    ['source', 'source'],
    ['TZ', 'zone'],
    ['severity', null],
  ])('reads the column %s as %s', (name, expected) => {
    expect(eventColumnOf(name)).toBe(expected);
  });
});

describe('eventDraftFromFields', () => {
  it('reads a time with an offset and keeps the offset as the zone', () => {
    expect(
      eventDraftFromFields(
        { time: '2026-03-12T10:15:00+01:00', text: ' Paged on-call ', kind: 'ALERT' },
        null,
      ),
    ).toEqual({
      at: '2026-03-12T09:15:00.000Z',
      sourceZone: '+01:00',
      kind: 'alert',
      source: 'import',
      actor: null,
      text: 'Paged on-call',
      originKey: null,
    });
  });

  it('reads a time without offset in the zone column before the default zone', () => {
    const draft = eventDraftFromFields(
      { time: '2026-03-12 10:15', zone: 'Europe/Paris', text: 'x', sourceId: 'r1', actor: 'Ana' },
      'America/New_York',
    );
    expect(draft).toMatchObject({
      at: '2026-03-12T09:15:00.000Z',
      sourceZone: 'Europe/Paris',
      originKey: 'r1',
      actor: 'Ana',
      kind: 'note',
    });
  });

  it('reads a time without offset in the default zone when the row has none', () => {
    expect(
      eventDraftFromFields({ time: '2026-07-01T08:00', text: 'x' }, 'America/New_York'),
    ).toMatchObject({
      at: '2026-07-01T12:00:00.000Z',
      sourceZone: 'America/New_York',
    });
  });

  it.each([
    [{ text: 'x' }, 'time: is required (ISO 8601, e.g. 2026-03-12T09:15:00Z)'],
    [
      { time: '2026-03-12T09:15', text: 'x' },
      'time: "2026-03-12T09:15" has no time zone: add an offset such as Z or +02:00, or give a zone column or --zone',
    ],
    [
      { time: 'yesterday', text: 'x' },
      'time: must be an ISO 8601 instant such as 2026-03-12T09:15:00Z, got "yesterday"',
    ],
    [
      { time: '2026-03-12T09:15:00Z', text: 'x', zone: 'Mars/Olympus' },
      'zone: "Mars/Olympus" is not an IANA time zone such as Europe/Paris',
    ],
    [{ time: '2026-03-12T09:15:00Z', text: '  ' }, 'text: is required'],
    [
      { time: '2026-03-12T09:15:00Z', text: 'x', kind: 'field_change' },
      'kind: must be one of alert, metric, impact, action, decision, communication, deploy, external, note',
    ],
    [{ time: '2026-03-12T09:15:00Z', text: 'a\u0000b' }, 'text: must not contain NUL characters'],
  ])('refuses %j with "%s"', (fields, problem) => {
    expect(eventDraftFromFields(fields, null)).toEqual({ problem });
  });
});

describe('eventDraftFromFields on UTC times', () => {
  it.each([
    ['2026-03-12T09:15:00.250Z', null, '2026-03-12T09:15:00.250Z', 'UTC'],
    ['2026-03-12T09:15:00Z', null, '2026-03-12T09:15:00.000Z', 'UTC'],
    ['2024-02-29T23:59:59.999Z', null, '2024-02-29T23:59:59.999Z', 'UTC'],
    ['1970-01-01T00:00:00.000Z', null, '1970-01-01T00:00:00.000Z', 'UTC'],
    ['2026-03-12T09:15:00Z', 'Europe/Paris', '2026-03-12T09:15:00.000Z', 'Europe/Paris'],
    ['2026-03-12 09:15:00.000Z', null, '2026-03-12T09:15:00.000Z', 'UTC'],
    ['2026-03-12T09:15:00.000z', null, '2026-03-12T09:15:00.000Z', 'UTC'],
  ])('reads %s (zone column %s) as %s in %s', (time, zone, at, sourceZone) => {
    const fields = zone === null ? { time, text: 'x' } : { time, zone, text: 'x' };
    expect(eventDraftFromFields(fields, null)).toMatchObject({ at, sourceZone });
  });

  it.each([
    [
      '2025-02-29T10:00:00.000Z',
      'time: "2025-02-29T10:00:00.000Z" is not a real calendar date and time',
    ],
    ['2026-04-31T10:00:00Z', 'time: "2026-04-31T10:00:00Z" is not a real calendar date and time'],
    [
      '2026-03-12T24:00:00.000Z',
      'time: "2026-03-12T24:00:00.000Z" is not a real calendar date and time',
    ],
    [
      '1969-12-31T23:59:59.999Z',
      'time: "1969-12-31T23:59:59.999Z" is outside the supported range (1970 to 9999)',
    ],
  ])('refuses %s with "%s"', (time, problem) => {
    expect(eventDraftFromFields({ time, text: 'x' }, null)).toEqual({ problem });
  });
});

describe('eventDraftFromFields on UTC times, against instantFromIso', () => {
  const times = [1970, 1999, 2000, 2024, 2025, 2100, 9999].flatMap((year) =>
    ['01', '02', '04', '12', '13', '00'].flatMap((month) =>
      ['00', '01', '28', '29', '30', '31', '32'].flatMap((day) => [
        `${year}-${month}-${day}T23:59:59.999Z`,
        `${year}-${month}-${day}T00:00:00Z`,
      ]),
    ),
  );

  it('reads every date, real or not, of these years as the full parser does', () => {
    const differences = times.filter((time) => {
      const expected = instantFromIso(time);
      const draft = eventDraftFromFields({ time, text: 'x' }, null);
      return isInstantProblem(expected)
        ? !('problem' in draft) || draft.problem !== `time: ${expected.problem}`
        : 'problem' in draft || draft.at !== expected;
    });
    expect(times).toHaveLength(588);
    expect(differences).toEqual([]);
  });
});
