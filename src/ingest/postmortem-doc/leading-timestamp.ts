/** @module Reads the timestamp a timeline line starts with ("14:03 UTC —", "Oct 21 22:52", "T+15m"). */
import { type DateMention, dateAt } from './calendar-date.js';
import { type ClockTime, clockTimeAt } from './clock-time.js';
import { type ZoneRef, zoneAt } from './zone-ref.js';

/** What a line's leading timestamp says; any part may be missing. */
export type LeadingTimestamp = {
  date: DateMention | null;
  time: ClockTime | null;
  zone: ZoneRef | null;
  /** Seconds after T0 for `T+15m`-style offsets. */
  offsetSeconds: number | null;
  /** The text after the timestamp and its separator. */
  rest: string;
};

const PREFIX =
  /^(?:\s|\*|_|\[|\(|~|≈|>|#)*(?:(?:at|around|about|approximately|approx\.?|circa|ca\.|by|on|from|shortly\s+after|just\s+after|just\s+before|until)\s+)?(?:~\s*)?/i;
const RELATIVE =
  /T\s*([+\-−])\s*((?:\d+(?:\.\d+)?\s*(?:days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])\s*)+|\d{1,3}:\d{2}(?::\d{2})?|\d+)(?!\d|:\d)/iy;
const T_ZERO = /T\s*0(?![\d:])/y;
const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
const SEPARATOR =
  /^(?:\s|\*|_|\]|\)|`)*(?:(?:—|–|-{1,2}|:|\||>|->|=>|→|,|\.|;)(?=\s|$)|—|–|→|\|)?(?:\s|\*|_)*/;

/** The timestamp at the start of `text` (after "At", "~", bullets of emphasis), or null if none. */
export function leadingTimestamp(text: string): LeadingTimestamp | null {
  let index = PREFIX.exec(text)?.[0].length ?? 0;
  const relative = relativeAt(text, index);
  if (relative) {
    index += relative.length;
    const inner = /\s*\(\s*/y;
    inner.lastIndex = index;
    const paren = inner.exec(text);
    // "T+0 (14:03 UTC)" pins T0 to a clock time; keep both.
    const pinned = paren ? absoluteAt(text, index + paren[0].length) : null;
    if (pinned && /^\s*\)/.test(text.slice(pinned.end))) {
      index = pinned.end + (/^\s*\)/.exec(text.slice(pinned.end))?.[0].length ?? 0);
      return { ...pinned.stamp, offsetSeconds: relative.seconds, rest: restAfter(text, index) };
    }
    return {
      date: null,
      time: null,
      zone: null,
      offsetSeconds: relative.seconds,
      rest: restAfter(text, index),
    };
  }
  const absolute = absoluteAt(text, index);
  if (!absolute) return null;
  return { ...absolute.stamp, offsetSeconds: null, rest: restAfter(text, absolute.end) };
}

function absoluteAt(
  text: string,
  start: number,
): { stamp: Omit<LeadingTimestamp, 'offsetSeconds' | 'rest'>; end: number } | null {
  let index = start;
  let date = dateAt(text, index);
  if (date) {
    index += date.length;
    const join = /(?:T|,?\s*(?:at|@)\s+|,\s*|\s+-\s+(?=\d)|\s+)/iy;
    join.lastIndex = index;
    const joined = join.exec(text);
    if (joined && clockTimeAt(text, index + joined[0].length)) index += joined[0].length;
  }
  const clock = clockTimeAt(text, index);
  if (!clock && !date) return null;
  let zone: ZoneRef | null = null;
  if (clock) {
    index += clock.length;
    index = skipRange(text, index);
    const written = zoneAt(text, index);
    if (written) {
      zone = written.zone;
      index += written.length;
    }
    if (!date) {
      // "22:52 UTC on October 21, 2018": a date after the time.
      const on = /\s*(?:on\s+|,\s*)/iy;
      on.lastIndex = index;
      const joined = on.exec(text);
      const after = joined ? dateAt(text, index + joined[0].length) : null;
      if (
        joined &&
        after &&
        (after.date?.year !== null ||
          /[a-z]/i.test(
            text.slice(index + joined[0].length, index + joined[0].length + after.length),
          ))
      ) {
        date = after;
        index += joined[0].length + after.length;
        const late = zone ? null : zoneAt(text, index);
        if (late) {
          zone = late.zone;
          index += late.length;
        }
      }
    }
  } else {
    const written = zoneAt(text, index);
    if (written && written.zone.kind !== 'unclear') index += written.length;
  }
  return { stamp: { date, time: clock?.time ?? null, zone }, end: index };
}

function skipRange(text: string, index: number): number {
  const range = /\s*(?:-|–|—|to|until)\s*/y;
  range.lastIndex = index;
  const dash = range.exec(text);
  if (!dash) return index;
  const second = clockTimeAt(text, index + dash[0].length);
  return second ? index + dash[0].length + second.length : index;
}

function relativeAt(text: string, index: number): { seconds: number; length: number } | null {
  RELATIVE.lastIndex = index;
  const match = RELATIVE.exec(text);
  if (match) {
    const sign = match[1] === '+' ? 1 : -1;
    return { seconds: sign * secondsOf(match[2]!.trim()), length: match[0].length };
  }
  T_ZERO.lastIndex = index;
  const zero = T_ZERO.exec(text);
  return zero ? { seconds: 0, length: zero[0].length } : null;
}

function secondsOf(amount: string): number {
  if (/^\d+$/.test(amount)) return Number(amount) * 60;
  if (/^\d+:\d{2}(?::\d{2})?$/.test(amount)) {
    const [h, m, s] = amount.split(':').map(Number);
    return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
  }
  let total = 0;
  for (const part of amount.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/gi)) {
    total += Number(part[1]) * (UNIT_SECONDS[part[2]![0]!.toLowerCase()] ?? 60);
  }
  return Math.round(total);
}

function restAfter(text: string, index: number): string {
  const tail = text.slice(index);
  return tail.slice(SEPARATOR.exec(tail)?.[0].length ?? 0).trim();
}
