/** @module Instants written as wall-clock time in the incident's zone with that zone shown, and read back. */
import {
  epochMsOf,
  type Instant,
  instantFromIso,
  instantFromLocal,
  isInstantProblem,
  isTimeZone,
  zoneOffsetMs,
} from '../domain/instant.js';

const UTC_ZONES = ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'];
const ZONED_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(?: (\S+))?$/;

/**
 * `2026-03-12 10:15 +01:00` (or `… UTC` when the zone is UTC); seconds and milliseconds appear
 * only when set, so the text reads cleanly and still gives back the exact instant.
 */
export function formatZonedTime(instant: Instant, zone: string): string {
  const ms = epochMsOf(instant);
  const offset = isTimeZone(zone) ? zoneOffsetMs(ms, zone) : 0;
  const wall = new Date(ms + offset).toISOString();
  let time = wall.slice(11, 16);
  if (wall.slice(16, 23) !== ':00.000') {
    time = wall.slice(20, 23) === '000' ? wall.slice(11, 19) : wall.slice(11, 23);
  }
  return `${wall.slice(0, 10)} ${time} ${zoneLabel(offset, zone)}`;
}

/**
 * Reads `YYYY-MM-DD HH:MM[:SS[.sss]] [ZONE]`, where ZONE is `UTC`, `Z`, an offset or an IANA
 * name; without one, the time is local to `defaultZone`.
 */
export function zonedTimeFrom(text: string, defaultZone: string): Instant | { problem: string } {
  const match = ZONED_TIME.exec(text.trim());
  if (!match) {
    return {
      problem: `must be a time such as 2026-03-12 09:15 UTC, got "${text.trim().slice(0, 40)}"`,
    };
  }
  const [, date, time, zone] = match as unknown as [string, string, string, string | undefined];
  const local = `${date}T${time}`;
  const result =
    zone === undefined
      ? instantFromLocal(local, defaultZone)
      : zone === 'UTC' || zone === 'Z'
        ? instantFromIso(`${local}Z`)
        : /^[+-]\d{2}:\d{2}$/.test(zone)
          ? instantFromIso(`${local}${zone}`)
          : instantFromLocal(local, zone);
  return isInstantProblem(result) ? { problem: result.problem } : result;
}

function zoneLabel(offsetMs: number, zone: string): string {
  if (offsetMs === 0 && (UTC_ZONES.includes(zone) || !isTimeZone(zone))) return 'UTC';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
