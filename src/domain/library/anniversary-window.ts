/** @module The "a year ago this week" window: the same calendar week one year back, in the workspace's zone. */
import { type Instant, instantFromLocal, isInstantProblem } from '../instant.js';

/** Days on each side of the date a year ago. */
export const ANNIVERSARY_DAYS = 3;

/**
 * From the start of (date − 1 year − 3 days) to the end of (date − 1 year + 3 days), local to
 * `zone`. 29 February falls back to 28 February. Null when the date or zone is not real.
 * @example anniversaryWindow('2026-03-12', 'Europe/Paris') // 2025-03-08T23:00Z … 2025-03-15T23:00Z
 */
export function anniversaryWindow(
  date: string,
  zone: string,
): { from: Instant; to: Instant } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const lastYear = Math.min(day, daysInMonth(year - 1, month));
  const center = Date.UTC(year - 1, month - 1, lastYear);
  const from = instantFromLocal(`${calendarDate(center - ANNIVERSARY_DAYS * DAY_MS)}T00:00`, zone);
  const to = instantFromLocal(
    `${calendarDate(center + (ANNIVERSARY_DAYS + 1) * DAY_MS)}T00:00`,
    zone,
  );
  if (isInstantProblem(from) || isInstantProblem(to)) return null;
  return { from, to };
}

const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendarDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
