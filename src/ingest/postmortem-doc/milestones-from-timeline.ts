/** @module Guesses impact start, detection, mitigation and resolution from timeline wording. */
import type { Instant } from '../../domain/instant.js';
import type { ImportedTimelineEntry } from './timeline-from-blocks.js';

/** Milestones inferred from wording; a missing key means no line fitted. */
export type ImportedMilestones = {
  impactStarted?: Instant;
  detected?: Instant;
  mitigated?: Instant;
  resolved?: Instant;
};

const NEGATED =
  /\b(?:not|never|no longer|wasn't|was not|weren't|isn't|didn't|did not|without|still not|yet to|failed to)\s+(?:\w+\s+){0,2}$/i;

const IMPACT = [
  /\b(?:customers?|users?|clients?|merchants?|requests?|callers?)\b[^.;]{0,40}\b(?:began|started|start)\s+(?:to\s+)?(?:see|seeing|get|getting|receive|receiving|experienc|fail|report|hit|time|timing|error|erroring)/i,
  /\b(?:began|started|start(?:s)?)\s+(?:to\s+)?(?:fail|failing|return|returning|error|erroring|time out|timing out|drop|dropping|reject|rejecting|crash|crashing|spike|spiking|degrad|throw|throwing|queue|queueing|queuing|pil(?:e|ing) up|back(?:ing)? up|stall|5\d\d)/i,
  /\b(?:began|started)\s+(?!investigat|look|work|roll|deploy|migrat|draft|writ|discuss|debug|triag|review|monitor|prepar|test|coordinat|communicat|escalat|pag|notif|restor|recover|fix|patch|revert|drain|scal|restart|reboot|apply|applying|run|process|shipping|releas|upgrad|rebuild|reindex)[a-z]+ing\b/i,
  /\b(?:errors?|failures?|timeouts?|outage|impact|latency|degradation|disruption|5\d\d(?:s|'s)?)\b[^.;]{0,40}\b(?:began|started|beg[au]n|start(?:s|ing)?|spiked|climbed|jumped|rose)\b/i,
  /\b(?:impact\s+start(?:s|ed)?|start of (?:the )?(?:impact|outage|incident)|first (?:errors?|failures?|5\d\d)|outage beg[ai]n|went down|became unavailable|stopped (?:working|responding|serving|processing))\b/i,
];
const DETECTED = [
  /\b(?:alert(?:s)?|alarm(?:s)?|monitor(?:s)?|pagerduty|opsgenie|page)\b[^.;]{0,30}\b(?:fired|fires|firing|triggered|went off|trips|tripped|raised)\b/i,
  /\b(?:paged|pages?\s+(?:went out|sent)|was alerted|were alerted|got alerted|alerted\b|noticed|detected|spotted|reported by (?:a |an |several |multiple )?(?:customer|user|client|merchant)s?|(?:customer|user|client|merchant)s?\s+report(?:ed|s)?|first report|support ticket|escalated to on-?call|reported|wrote in|reached out|opened a ticket|filed a ticket)\b/i,
];
const MITIGATED = [
  /\b(?:roll(?:ed)?[-\s]?back|rollback|rolled back|reverted|revert(?:ed)?\s+(?:the\s+)?(?:deploy|change|commit|release)|mitigat(?:ed|ion)|fail(?:ed)?[-\s]?over|failover|traffic (?:was )?drained|drained (?:the )?traffic|drain(?:ed)? (?:traffic|the (?:node|region|zone|pool))|recover(?:ed|ing)? partially|(?<!fully\s)(?<!\bnot\s)recovered|partial(?:ly)? recover(?:y|ed)|partially restored|disabled the (?:feature )?flag|feature flag (?:was )?(?:disabled|turned off)|(?:error rates?|errors|latency) (?:dropped|fell|dropping|returned|recover)|shed load|load shedding|workaround (?:applied|in place)|stopg?ap)\b/i,
];
const RESOLVED = [
  /\b(?:resolved|fully recovered|full(?:y)? restored|all[-\s]clear|back to normal|returned to normal|closed the incident|incident (?:was )?closed|incident (?:was )?resolved|recovery (?:was )?complete|fully operational|operating normally|stable again|declared (?:the incident )?over|stood down)\b/i,
];

/** Milestones guessed from the timeline: earliest impact and detection, then the first fitting mitigation and resolution. */
export function milestonesFromTimeline(entries: ImportedTimelineEntry[]): ImportedMilestones {
  const timed = entries
    .filter((entry): entry is ImportedTimelineEntry & { at: Instant } => entry.at !== null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.line - b.line));
  const first = (patterns: RegExp[], after: Instant | undefined) =>
    timed.find(
      (entry) => (after === undefined || entry.at >= after) && matchesAny(entry.text, patterns),
    )?.at;
  const milestones: ImportedMilestones = {};
  const impactStarted = first(IMPACT, undefined);
  const detected = first(DETECTED, undefined);
  const mitigated = first(MITIGATED, detected ?? impactStarted);
  const resolved = first(RESOLVED, mitigated ?? detected ?? impactStarted);
  if (impactStarted) milestones.impactStarted = impactStarted;
  if (detected) milestones.detected = detected;
  if (mitigated) milestones.mitigated = mitigated;
  if (resolved) milestones.resolved = resolved;
  return milestones;
}

function matchesAny(text: string, patterns: RegExp[]): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(text);
    return match !== null && !NEGATED.test(text.slice(0, match.index));
  });
}
