import { describe, expect, it } from 'vitest';
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
