/** @module Streams CSV or JSONL text into event rows, naming the line of every refused row. */
import { csvRecordsFromChunks } from './csv-records.js';
import type { EventRow } from './event-draft.js';
import {
  type EventColumn,
  type EventFields,
  eventColumnOf,
  eventDraftFromFields,
} from './event-draft-from-record.js';
import { linesFromChunks } from './lines-from-chunks.js';

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
  for await (const { line, text } of linesFromChunks(chunks)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch {
      yield { line, problem: 'is not valid JSON' };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, problem: 'must be a JSON object such as {"time": …, "text": …}' };
      continue;
    }
    const fields: EventFields = {};
    let problem: string | null = null;
    for (const [key, item] of Object.entries(value)) {
      const column = eventColumnOf(key);
      if (column === null) {
        problem = `${key}: unknown field; known: ${KNOWN}`;
        break;
      }
      if (item === null) continue;
      if (typeof item !== 'string' && !(column === 'sourceId' && typeof item === 'number')) {
        problem = `${key}: must be a string`;
        break;
      }
      fields[column] = String(item);
    }
    yield problem === null
      ? rowOf(line, eventDraftFromFields(fields, defaultZone))
      : { line, problem };
  }
}

function rowOf(line: number, result: ReturnType<typeof eventDraftFromFields>): EventRow {
  return 'problem' in result ? { line, problem: result.problem } : { line, draft: result };
}
