/** @module Instants shown in a chosen IANA zone, and wall-clock times in a zone turned into instants. */

export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS, 24-hour */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of `epochMs` in `zone`. */
export function zonedPartsOf(epochMs: number, zone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(epochMs)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

/** `2026-03-12 09:15 UTC` — always with the zone. */
export function formatInstant(iso: string, zone: string, withSeconds = false): string {
  const { date, time } = zonedPartsOf(Date.parse(iso), zone);
  return `${date} ${withSeconds ? time : time.slice(0, 5)} ${zoneLabel(zone)}`;
}

/** A zone as people read it: `UTC` for the UTC aliases, otherwise its IANA name (`Europe/Paris`). */
export function zoneLabel(zone: string): string {
  return zone === 'Etc/UTC' || zone === 'Etc/GMT' ? 'UTC' : zone;
}

/** The zone's offset from UTC in milliseconds at `epochMs` (positive east of Greenwich). */
export function zoneOffsetMs(epochMs: number, zone: string): number {
  const { date, time } = zonedPartsOf(epochMs, zone);
  const asUtc = Date.parse(`${date}T${time}Z`);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant (ISO, UTC) of wall-clock `date` (YYYY-MM-DD) and `time` (HH:MM or HH:MM:SS) in
 * `zone`. Times that a daylight-saving jump skips resolve to the later offset.
 */
export function instantFromZoned(date: string, time: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!match || !clock) return null;
  const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const wall = Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    hours,
    minutes,
    seconds,
  );
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== Number(match[3])) return null;
  // Two passes settle the offset on either side of a daylight-saving change.
  let guess = wall - zoneOffsetMs(wall, zone);
  guess = wall - zoneOffsetMs(guess, zone);
  return new Date(guess).toISOString();
}

/** The browser's own zone, as an IANA name. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
