/** @module Picks a timeline kind for an imported entry from its wording; `note` when nothing fits. */
import type { TimelineEventKind } from '../../domain/timeline-event.js';

type ManualKind = Exclude<TimelineEventKind, 'field_change'>;

// Order matters: the first kind whose pattern matches wins, most specific first.
const KIND_PATTERNS: ReadonlyArray<readonly [ManualKind, RegExp]> = [
  [
    'deploy',
    /\b(?:deploy(?:ed|ment|ing)?|rolled out|roll-?out|released?|shipped|merged|migration (?:ran|started|applied))\b/i,
  ],
  [
    'alert',
    /\b(?:alerts?|alarms?|paged|(?<!status ?)pages?|pagerduty|opsgenie|fired|firing|triggered)\b/i,
  ],
  [
    'communication',
    /\b(?:status ?page|posted|announced|emailed|tweeted|notified|customers? (?:were )?(?:told|informed|notified)|support (?:team )?(?:told|informed|replied)|update (?:sent|posted))\b/i,
  ],
  [
    'impact',
    /\b(?:customers?|users?|merchants?)\b[^.;]{0,40}\b(?:saw|seeing|reported|unable|could not|couldn't|failing|errors?)\b|\b(?:began|started)\s+(?:timing out|failing|erroring|returning errors|rejecting)\b/i,
  ],
  [
    'metric',
    /\b(?:\d+(?:\.\d+)?\s?%|p9[59]|latency|error rate|throughput|cpu|memory|queue depth|backlog)\b/i,
  ],
  ['decision', /\b(?:decided|decision|agreed|chose|opted)\b/i],
  [
    'action',
    /\b(?:rolled back|reverted|restarted|failed over|scaled|drained|disabled|enabled|applied|ran|raised|increased|reduced|patched|fixed|flushed|purged|rebooted|killed|blocked)\b/i,
  ],
  ['external', /\b(?:vendor|provider|upstream|third[- ]party|aws|gcp|azure|cloudflare)\b/i],
];

/** The timeline kind that best fits `text`. @example eventKindFromText('Rolled back release 4.2') // 'deploy' */
export function eventKindFromText(text: string): ManualKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(text)) return kind;
  return 'note';
}
