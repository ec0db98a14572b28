/** @module Instants and durations as people read them in a terminal: local wall time, `1h 5m 0s`. */
import { epochMsOf, type Instant, zoneOffsetMs } from '../domain/instant.js';

/** `2026-03-12 10:15` (or `10:15:42` with seconds): the wall-clock time in `zone`. */
export function formatInstantIn(instant: Instant, zone: string, withSeconds = false): string {
  const ms = epochMsOf(instant);
  const local = new Date(ms + zoneOffsetMs(ms, zone)).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, withSeconds ? 19 : 16)}`;
}

/** True when an instant is not on a whole minute (milliseconds aside), so showing it needs seconds. */
export function hasSeconds(instant: Instant): boolean {
  return Math.floor(epochMsOf(instant) / 1000) % 60 !== 0;
}

/** `42s`, `5m 0s`, `1h 18m 0s`, `2d 3h 0m 0s`; negative spans (milestones out of order) get a minus. */
export function formatSeconds(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.round(Math.abs(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
  ] as const) {
    if (rest >= size || parts.length > 0) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  parts.push(`${rest}s`);
  return sign + parts.join(' ');
}

/** `impactStarted` → `impact started`, for field names shown as labels. */
export function wordsOf(camelCase: string): string {
  return camelCase.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replaceAll('_', ' ');
}
