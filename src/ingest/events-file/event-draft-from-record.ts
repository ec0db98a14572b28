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
  for (const [column, value] of Object.entries(fields)) {
    if (value?.includes('\u0000')) return { problem: `${column}: must not contain NUL characters` };
  }
  const zone = blankToNull(fields.zone);
  if (zone !== null && !isTimeZone(zone)) {
    return { problem: `zone: "${clip(zone)}" is not an IANA time zone such as Europe/Paris` };
  }
  const time = blankToNull(fields.time);
  if (time === null) return { problem: 'time: is required (ISO 8601, e.g. 2026-03-12T09:15:00Z)' };
  const at = instantOf(time, zone ?? defaultZone);
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
    sourceZone: zone ?? zoneOfIso(time) ?? defaultZone ?? 'UTC',
    kind: kind as EventDraft['kind'],
    source,
    actor,
    text,
    originKey,
  };
}

function instantOf(time: string, zone: string | null): { at: Instant } | { problem: string } {
  const hasOffset = zoneOfIso(time) !== null;
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
