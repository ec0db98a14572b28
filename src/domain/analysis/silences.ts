/** @module Silences: long stretches during impact when nothing was written on the timeline. */
import type { Finding } from '../finding.js';
import type { TimelineEventId } from '../ids.js';
import { type Instant, type Seconds, secondsBetween } from '../instant.js';
import { compareTimelineEvents, type TimelineEvent } from '../timeline-event.js';
import { labelDuration, labelEvent, labelInstant } from './event-label.js';

export interface Silence {
  start: Instant;
  end: Instant;
  seconds: Seconds;
  /** The entry before the silence; null when it starts at the start of impact. */
  beforeEventId: TimelineEventId | null;
  /** The entry after the silence; null when it ends at resolution. */
  afterEventId: TimelineEventId | null;
  finding: Finding;
}

interface Point {
  at: Instant;
  event: TimelineEvent | null;
  label: string;
}

/**
 * Stretches longer than `thresholdSeconds` with no entry between `from` (start of impact) and `to`
 * (resolution). Field changes are ignored: a status flip is not a record of the work.
 * A missing bound falls back to the first or last entry.
 */
export function findSilences(
  events: TimelineEvent[],
  from: Instant | null,
  to: Instant | null,
  thresholdSeconds: number,
): Silence[] {
  const inside = events
    .filter((e) => e.kind !== 'field_change')
    .filter((e) => (from === null || e.at >= from) && (to === null || e.at <= to))
    .sort(compareTimelineEvents);
  const points: Point[] = inside.map((event) => ({
    at: event.at,
    event,
    label: labelEvent(event),
  }));
  if (from !== null) {
    points.unshift({ at: from, event: null, label: `the start of impact (${labelInstant(from)})` });
  }
  if (to !== null) points.push({ at: to, event: null, label: `resolution (${labelInstant(to)})` });

  const silences: Silence[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const after = points[i]!;
    const seconds = secondsBetween(before.at, after.at);
    if (seconds <= thresholdSeconds) continue;
    silences.push({
      start: before.at,
      end: after.at,
      seconds,
      beforeEventId: before.event?.id ?? null,
      afterEventId: after.event?.id ?? null,
      finding: {
        rule: 'timeline-silence',
        severity: 'warning',
        message: `No timeline entry for ${labelDuration(seconds)} during impact, between ${before.label} and ${after.label}`,
        where: { path: 'timeline' },
        suggestion:
          'If work went on in this stretch, add what was tried and decided; if it did not, ask what the responders were waiting for.',
      },
    });
  }
  return silences;
}
