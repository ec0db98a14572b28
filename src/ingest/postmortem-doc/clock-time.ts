/** @module Times of day as people write them: 09:15, 9:15am, 2:15 PM, 14:03:27, 1403Z. */

/** A wall-clock time of day, 24-hour. */
export type ClockTime = { hour: number; minute: number; second: number };

const COLON = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s*([ap])\.?\s?m\b\.?)?/iy;
const HOUR_ONLY = /(\d{1,2})\s*([ap])\.?\s?m\b\.?/iy;
const NAMED = /(noon|midday|midnight)(?![a-z])/iy;
const MILITARY =
  /([01]\d|2[0-3])([0-5]\d)(?=\s*(?:Z\b|UTC\b|GMT\b|hrs?\b|h\b))(?:\s*(?:hrs?|h)\b)?/y;

/** The time of day written exactly at `index` of `text`, with its length, or null. */
export function clockTimeAt(
  text: string,
  index: number,
): { time: ClockTime; length: number } | null {
  if (/\d/.test(text[index - 1] ?? '')) return null;
  COLON.lastIndex = index;
  const colon = COLON.exec(text);
  if (colon) {
    const time = timeOf(Number(colon[1]), Number(colon[2]), Number(colon[3] ?? 0), colon[4]);
    return time && !/^\d/.test(text.slice(index + colon[0].length))
      ? { time, length: colon[0].length }
      : null;
  }
  HOUR_ONLY.lastIndex = index;
  const hourOnly = HOUR_ONLY.exec(text);
  if (hourOnly) {
    const time = timeOf(Number(hourOnly[1]), 0, 0, hourOnly[2]);
    return time ? { time, length: hourOnly[0].length } : null;
  }
  NAMED.lastIndex = index;
  const named = /[a-z]/i.test(text[index - 1] ?? '') ? null : NAMED.exec(text);
  if (named) {
    const hour = named[1]!.toLowerCase() === 'midnight' ? 0 : 12;
    return { time: { hour, minute: 0, second: 0 }, length: named[0].length };
  }
  MILITARY.lastIndex = index;
  const military = MILITARY.exec(text);
  if (military)
    return {
      time: { hour: Number(military[1]), minute: Number(military[2]), second: 0 },
      length: military[0].length,
    };
  return null;
}

/** Minutes since midnight, for ordering times on one day. */
export function minutesOfDay(time: ClockTime): number {
  return time.hour * 60 + time.minute + time.second / 60;
}

function timeOf(
  hour: number,
  minute: number,
  second: number,
  meridiem: string | undefined,
): ClockTime | null {
  if (minute > 59 || second > 59) return null;
  if (meridiem === undefined) return hour <= 23 ? { hour, minute, second } : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase() === 'p';
  return { hour: (hour % 12) + (pm ? 12 : 0), minute, second };
}
