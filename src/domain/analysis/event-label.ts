/** @module How findings name a timeline entry or an instant, so a reader can find it on the timeline. */
import type { Instant } from '../instant.js';
import type { TimelineEvent } from '../timeline-event.js';

const MAX_TEXT = 60;

/** `2026-03-12 09:14 UTC [alert] "Checkout error rate above 5%"`, the text cut at 60 characters. */
export function labelEvent(event: TimelineEvent): string {
  const text = event.text.length > MAX_TEXT ? `${event.text.slice(0, MAX_TEXT - 1)}…` : event.text;
  return `${labelInstant(event.at)} [${event.kind}] "${text}"`;
}

/** `2026-03-12 09:14 UTC`: minutes are enough to find an entry, seconds only when they are not zero. */
export function labelInstant(at: Instant): string {
  const seconds = at.slice(17, 19);
  return `${at.slice(0, 10)} ${at.slice(11, 16)}${seconds === '00' ? '' : `:${seconds}`} UTC`;
}

/** `1 h 05 min`, `14 min`, `45 s`: the unit a reader thinks in for that size of duration. */
export function labelDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}
