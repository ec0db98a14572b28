/** @module How an incident was detected: an alert, a customer report, or a person noticing, read from its timeline. */
import { inferMilestones } from '../analysis/inferred-milestones.js';
import { NO_MILESTONES } from '../milestones.js';
import type { TimelineEvent } from '../timeline-event.js';
import type { PatternInput } from './pattern-test.js';

export const DETECTION_SOURCES = ['alert', 'customerReport', 'personNoticed', 'unknown'] as const;
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

const CUSTOMER_WORDS = /\b(?:customers?|users?|clients?|merchants?|support|tickets?)\b/i;

/**
 * The source of the event detection is inferred from (the timeline's first alert, or first report
 * by a person): an alert, a report from customers or support, or someone on the team noticing.
 * The explicit `detected` milestone is not used because it does not say who detected.
 */
export function classifyDetectionSource(events: readonly TimelineEvent[]): DetectionSource {
  const detected = inferMilestones(NO_MILESTONES, [...events]).detected;
  if (detected.sourceEventId === null) return 'unknown';
  const event = events.find((e) => e.id === detected.sourceEventId);
  if (!event) return 'unknown';
  if (event.kind === 'alert') return 'alert';
  return CUSTOMER_WORDS.test(event.text) ? 'customerReport' : 'personNoticed';
}

/**
 * The `detectionSource` test: this range's sources against the previous range's shares, so a
 * shift towards customer reports (a monitoring gap) shows up as a significant change.
 */
export function buildDetectionSourceInput(
  current: readonly DetectionSource[],
  previous: readonly DetectionSource[],
): PatternInput {
  const count = (list: readonly DetectionSource[], source: DetectionSource) =>
    list.filter((s) => s === source).length;
  const known = DETECTION_SOURCES.filter((s) => s !== 'unknown');
  return {
    dimension: 'detectionSource',
    scope: null,
    baseline:
      'the shares of the previous range of the same length (incidents of unknown source left out)',
    cells: known.map((source) => ({
      value: source,
      observed: count(current, source),
      expectedShare: count(previous, source),
    })),
  };
}
