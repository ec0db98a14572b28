/** @module One imported row (CSV columns or a JSON object) → an event draft, or `field: what is wrong`. */
import {
  type Instant,
  instantFromIso,
  instantFromLocal,
  isInstantProblem,
  isTimeZone,
  zoneOfIso,
} from '../../domain/instant.js';
import { MANUAL_EVENT_KINDS } from '../../domain/timeline-event.js';
import type { EventDraft } from './event-draft.js';

/** The fields a row may have; each accepts the names listed (case, spaces, `_` and `-` ignored). */
export const EVENT_COLUMNS = {
  time: ['time', 'at', 'timestamp'],
  zone: ['zone', 'timezone', 'tz'],
  kind: ['kind', 'type'],
  actor: ['actor', 'who', 'author'],
  text: ['text', 'message', 'description'],
  sourceId: ['sourceid', 'id'],
  source: ['source'],
} as const;
export type EventColumn = keyof typeof EVENT_COLUMNS;

const COLUMN_BY_NAME = new Map<string, EventColumn>(
  Object.entries(EVENT_COLUMNS).flatMap(([column, names]) =>
    names.map((name) => [name, column as EventColumn] as const),
  ),
);
const KINDS = new Set<string>(MANUAL_EVENT_KINDS);
const MAX_TEXT = 10_000;

/** The field a column or key name stands for, or null when it is not one we know. */
export function eventColumnOf(name: string): EventColumn | null {
  return COLUMN_BY_NAME.get(name.toLowerCase().replace(/[\s_-]+/g, '')) ?? null;
}

export type EventFields = Partial<Record<EventColumn, string>>;

/**
 * Validates one row. A time without an offset is read in the row's `zone`, else `defaultZone`;
 * with neither it is refused. `kind` defaults to `note`, `source` to `import`.
 */
export function eventDraftFromFields(
  fields: EventFields,
  defaultZone: string | null,
): EventDraft | { problem: string } {
  for (const column in fields) {
    if (fields[column as EventColumn]?.includes('\u0000')) {
      return { problem: `${column}: must not contain NUL characters` };
    }
  }
  const zone = blankToNull(fields.zone);
  if (zone !== null && !isTimeZone(zone)) {
    return { problem: `zone: "${clip(zone)}" is not an IANA time zone such as Europe/Paris` };
  }
  const time = blankToNull(fields.time);
  if (time === null) return { problem: 'time: is required (ISO 8601, e.g. 2026-03-12T09:15:00Z)' };
  const utc = utcInstantOf(time);
  const timeZone = utc === null ? zoneOfIso(time) : 'UTC';
  const at = utc === null ? instantOf(time, timeZone, zone ?? defaultZone) : { at: utc };
  if ('problem' in at) return { problem: `time: ${at.problem}` };
  const kind = blankToNull(fields.kind)?.toLowerCase() ?? 'note';
  if (!KINDS.has(kind)) return { problem: `kind: must be one of ${MANUAL_EVENT_KINDS.join(', ')}` };
  const text = (fields.text ?? '').trim();
  if (text === '') return { problem: 'text: is required' };
  if (text.length > MAX_TEXT) return { problem: 'text: must be at most 10,000 characters' };
  const actor = blankToNull(fields.actor);
  if (actor !== null && actor.length > 200)
    return { problem: 'actor: must be at most 200 characters' };
  const originKey = blankToNull(fields.sourceId);
  if (originKey !== null && originKey.length > 200) {
    return { problem: 'source id: must be at most 200 characters' };
  }
  const source = blankToNull(fields.source) ?? 'import';
  if (source.length > 50) return { problem: 'source: must be at most 50 characters' };
  return {
    at: at.at,
    sourceZone: zone ?? timeZone ?? defaultZone ?? 'UTC',
    kind: kind as EventDraft['kind'],
    source,
    actor,
    text,
    originKey,
  };
}

const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The instant of a time written in UTC as `2026-03-12T09:15:00Z` or `…00.000Z` (what most tools
 * export), or null for anything else, which the full parser then reads and explains. Gives what
 * `instantFromIso` gives for these forms, checked with arithmetic instead of Date objects: an
 * import runs it on every row.
 */
function utcInstantOf(time: string): Instant | null {
  const millis = time.length === 24 && UTC_MILLIS.test(time);
  if (!millis && !(time.length === 20 && UTC_SECONDS.test(time))) return null;
  const year = numberAt(time, 0, 4);
  const month = numberAt(time, 5, 2);
  const day = numberAt(time, 8, 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (
    year < 1970 ||
    days === undefined ||
    day < 1 ||
    day > days ||
    numberAt(time, 11, 2) > 23 ||
    numberAt(time, 14, 2) > 59 ||
    numberAt(time, 17, 2) > 59
  ) {
    return null;
  }
  return (millis ? time : `${time.slice(0, 19)}.000Z`) as Instant;
}

/** The decimal number written by the `length` digits at `start` (the caller has checked they are digits). */
function numberAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function instantOf(
  time: string,
  timeZone: string | null,
  zone: string | null,
): { at: Instant } | { problem: string } {
  const hasOffset = timeZone !== null;
  if (!hasOffset && zone === null) {
    const parsed = instantFromIso(time);
    return isInstantProblem(parsed)
      ? {
          problem: parsed.problem.replace('or name the zone', 'or give a zone column or --zone'),
        }
      : { at: parsed };
  }
  const parsed = hasOffset ? instantFromIso(time) : instantFromLocal(time, zone!);
  return isInstantProblem(parsed) ? parsed : { at: parsed };
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
