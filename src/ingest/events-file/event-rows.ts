/** @module Streams CSV or JSONL text into event rows, naming the line of every refused row. */
import { csvRecordsFromChunks } from './csv-records.js';
import type { EventRow } from './event-draft.js';
import {
  type EventColumn,
  type EventFields,
  eventColumnOf,
  eventDraftFromFields,
} from './event-draft-from-record.js';
import { lineBatchesFromChunks } from './lines-from-chunks.js';

export type EventsFormat = 'csv' | 'jsonl';

const KNOWN = 'time, zone, kind, actor, text, source id, source';

/** The format a file name or content type says, or null. */
export function eventsFormatOf(nameOrType: string): EventsFormat | null {
  const value = nameOrType.toLowerCase();
  if (value.endsWith('.csv') || value.startsWith('text/csv')) return 'csv';
  if (/\.(jsonl|ndjson)$/.test(value) || /^application\/(x-)?(ndjson|jsonl)/.test(value)) {
    return 'jsonl';
  }
  return null;
}

/** Every row of the input in order; a refused row is `{ line, problem }` and the stream goes on. */
export function eventRowsFromChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  format: EventsFormat,
  defaultZone: string | null,
): AsyncGenerator<EventRow> {
  return format === 'csv' ? csvEventRows(chunks, defaultZone) : jsonlEventRows(chunks, defaultZone);
}

async function* csvEventRows(
  chunks: AsyncIterable<string> | Iterable<string>,
  defaultZone: string | null,
): AsyncGenerator<EventRow> {
  let header: (EventColumn | null)[] | null = null;
  for await (const record of csvRecordsFromChunks(chunks)) {
    if ('problem' in record) {
      yield record;
      continue;
    }
    if (header === null) {
      const columns = record.fields.map((name) => eventColumnOf(name.replace(/^\uFEFF/, '')));
      const unknown = record.fields.find((_, i) => columns[i] === null);
      if (unknown !== undefined) {
        yield {
          line: record.line,
          problem: `header: unknown column "${unknown}"; known: ${KNOWN}`,
        };
        return;
      }
      if (!columns.includes('time') || !columns.includes('text')) {
        yield { line: record.line, problem: 'header: needs at least the columns time and text' };
        return;
      }
      header = columns;
      continue;
    }
    if (record.fields.length !== header.length) {
      yield {
        line: record.line,
        problem: `has ${record.fields.length} fields, the header has ${header.length}`,
      };
      continue;
    }
    const fields: EventFields = {};
    header.forEach((column, i) => {
      fields[column!] = record.fields[i];
    });
    yield rowOf(record.line, eventDraftFromFields(fields, defaultZone));
  }
}

async function* jsonlEventRows(
  chunks: AsyncIterable<string> | Iterable<string>,
  defaultZone: string | null,
): AsyncGenerator<EventRow> {
  const columnOf = memoizedColumnOf();
  for await (const { firstLine, lines } of lineBatchesFromChunks(chunks)) {
    for (let i = 0; i < lines.length; i++) {
      const line = firstLine + i;
      const text = line === 1 ? lines[i]!.replace(/^\uFEFF/, '') : lines[i]!;
      if (text.trim() === '') continue;
      yield jsonlRowOf(line, text, defaultZone, columnOf);
    }
  }
}

function jsonlRowOf(
  line: number,
  text: string,
  defaultZone: string | null,
  columnOf: (key: string) => EventColumn | null,
): EventRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, problem: 'is not valid JSON' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, problem: 'must be a JSON object such as {"time": …, "text": …}' };
  }
  const fields: EventFields = {};
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const column = columnOf(key);
    if (column === null) return { line, problem: `${key}: unknown field; known: ${KNOWN}` };
    const item = object[key];
    if (item === null) continue;
    if (typeof item !== 'string' && !(column === 'sourceId' && typeof item === 'number')) {
      return { line, problem: `${key}: must be a string` };
    }
    fields[column] = String(item);
  }
  return rowOf(line, eventDraftFromFields(fields, defaultZone));
}

/**
 * `eventColumnOf` remembering the key spellings a file uses (a handful, repeated on every row), so
 * they are not normalised again per row; bounded, so a file of ever new keys cannot grow it.
 */
function memoizedColumnOf(): (key: string) => EventColumn | null {
  const known = new Map<string, EventColumn | null>();
  return (key) => {
    let column = known.get(key);
    if (column === undefined) {
      column = eventColumnOf(key);
      if (known.size < 64) known.set(key, column);
    }
    return column;
  };
}

function rowOf(line: number, result: ReturnType<typeof eventDraftFromFields>): EventRow {
  return 'problem' in result ? { line, problem: result.problem } : { line, draft: result };
}
