/** @module Wall-clock parts of an instant in an IANA zone, with formatters and offsets cached for bulk use. */

export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  /** 0 = Monday … 6 = Sunday (ISO order). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR_MS = 900_000;

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The offset (ms) of `zone` from UTC at `utcMs`. Every zone changes offset on a quarter hour, so
 * the offset is looked up once per quarter hour and zone: bulk bucketing stays fast.
 */
export function cachedZoneOffsetMs(utcMs: number, zone: string): number {
  const slot = Math.floor(utcMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const key = `${zone}|${slot}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts = formatterOf(zone).formatToParts(new Date(slot));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = asUtc - slot;
  if (offsets.size > 200_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The wall-clock year, month, day, hour and ISO weekday of `utcMs` in `zone`. */
export function zonedPartsOf(utcMs: number, zone: string): ZonedParts {
  const local = new Date(utcMs + cachedZoneOffsetMs(utcMs, zone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    weekday: (local.getUTCDay() + 6) % 7,
  };
}

/** The UTC instant (ms) of local midnight starting the calendar day `year-month-day` in `zone`. */
export function localMidnightMs(year: number, month: number, day: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // The offset at the wall time, corrected once: right on both sides of a DST change.
  let utc = wall - cachedZoneOffsetMs(wall, zone);
  utc = wall - cachedZoneOffsetMs(utc, zone);
  return utc;
}
