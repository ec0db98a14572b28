import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventRowsFromChunks, eventsFormatOf } from './event-rows.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/events/${name}`, import.meta.url), 'utf8');

async function rows(text: string, format: 'csv' | 'jsonl', zone: string | null = null) {
  const out = [];
  for await (const row of eventRowsFromChunks([text], format, zone)) out.push(row);
  return out;
}

describe('eventsFormatOf', () => {
  it.each([
    ['events.CSV', 'csv'],
    ['text/csv; charset=utf-8', 'csv'],
    ['x.jsonl', 'jsonl'],
    ['x.ndjson', 'jsonl'],
    ['application/x-ndjson', 'jsonl'],
    ['application/json', null],
  ])('reads %s as %s', (value, expected) => {
    expect(eventsFormatOf(value)).toBe(expected);
  });
});

describe('eventRowsFromChunks', () => {
  it('reads the CSV fixture with its quoted multi-line note', async () => {
    const result = await rows(fixture('timeline.csv'), 'csv');
    expect(
      result.map((row) => ('draft' in row ? [row.line, row.draft.at, row.draft.originKey] : row)),
    ).toEqual([
      [2, '2026-03-12T09:15:00.000Z', 'pd-101'],
      [3, '2026-03-12T09:21:00.000Z', 'chat-7'],
      [4, '2026-03-12T09:40:00.000Z', 'chat-9'],
    ]);
    expect(result[2]).toMatchObject({
      draft: { text: 'Status page updated: "degraded checkout"\nsecond line of the note' },
    });
  });

  it('reads the JSONL fixture, numeric ids and alias keys included', async () => {
    const result = await rows(fixture('timeline.jsonl'), 'jsonl');
    expect(
      result.map((row) => ('draft' in row ? [row.line, row.draft.kind, row.draft.originKey] : row)),
    ).toEqual([
      [1, 'alert', 'pd-101'],
      [2, 'action', 'chat-7'],
      [3, 'note', '42'],
    ]);
  });

  it('names the line of a time without zone when no default zone is given', async () => {
    const result = await rows(fixture('missing-zone.csv'), 'csv');
    expect(result.at(-1)).toEqual({
      line: 4,
      problem:
        'time: "2026-03-12 09:31" has no time zone: add an offset such as Z or +02:00, or give a zone column or --zone',
    });
    expect((await rows(fixture('missing-zone.csv'), 'csv', 'UTC')).at(-1)).toMatchObject({
      draft: { at: '2026-03-12T09:31:00.000Z' },
    });
  });

  it('numbers JSONL lines across chunks, skipping a byte order mark and blank lines', async () => {
    const chunks = [
      '\uFEFF{"time": "2026-03-12T09:15:00Z", "text": "first", "source id": 7}\r\n\n',
      '{"time": "2026-03-12T09:16:00.500Z", "te',
      'xt": "second"}\n   \n{"time": "2026-03-12T09:17:00+01:00", "text": "third"}',
    ];
    const result = [];
    for await (const row of eventRowsFromChunks(chunks, 'jsonl', null)) result.push(row);
    expect(
      result.map((row) =>
        'draft' in row ? [row.line, row.draft.at, row.draft.sourceZone, row.draft.originKey] : row,
      ),
    ).toEqual([
      [1, '2026-03-12T09:15:00.000Z', 'UTC', '7'],
      [3, '2026-03-12T09:16:00.500Z', 'UTC', null],
      [5, '2026-03-12T08:17:00.000Z', '+01:00', null],
    ]);
  });

  it.each([
    [
      'time,severity,text\n',
      'csv',
      {
        line: 1,
        problem:
          'header: unknown column "severity"; known: time, zone, kind, actor, text, source id, source',
      },
    ],
    [
      'kind,text\n',
      'csv',
      { line: 1, problem: 'header: needs at least the columns time and text' },
    ],
    [
      'time,text\n2026-03-12T09:15:00Z\n',
      'csv',
      { line: 2, problem: 'has 1 fields, the header has 2' },
    ],
    ['{"time": "2026-03-12T09:15:00Z",\n', 'jsonl', { line: 1, problem: 'is not valid JSON' }],
    [
      '[1]\n',
      'jsonl',
      { line: 1, problem: 'must be a JSON object such as {"time": …, "text": …}' },
    ],
    [
      '{"time": "2026-03-12T09:15:00Z", "text": 5}\n',
      'jsonl',
      { line: 1, problem: 'text: must be a string' },
    ],
    [
      '{"time": "2026-03-12T09:15:00Z", "text": "x", "sev": "1"}\n',
      'jsonl',
      {
        line: 1,
        problem: 'sev: unknown field; known: time, zone, kind, actor, text, source id, source',
      },
    ],
  ] as const)('refuses %j', async (text, format, expected) => {
    expect((await rows(text, format))[0]).toEqual(expected);
  });
});
