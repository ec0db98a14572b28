/** @module The message and the concrete rewrite suggestion for each kind of hit. */
import type { MissingPart, VagueHit } from './check-action-item.js';
import type { Hit } from './hits.js';

const MISSING_TEXT: Record<MissingPart, string> = {
  change: 'the exact change to make (an open-ended activity is not a change)',
  object: 'the concrete thing to change (which system, alert, runbook, check, dashboard or config)',
  outcome: 'a measurable outcome or threshold (a number, a limit, a time)',
};

// An example near the item's topic reads as advice; a generic one reads as boilerplate.
const EXAMPLES: [RegExp, string][] = [
  [
    /alert|monitor|observab|page|paging|dashboard|metric/,
    'Add a Prometheus alert on checkout-api 5xx ratio > 2% for 5 min, paging the payments on-call.',
  ],
  [
    /runbook|doc|wiki|train|knowledge/,
    'Add the promote and repoint commands to the orders-db failover runbook and link it from the replica-lag alert.',
  ],
  [
    /test|regression|qa|coverage/,
    'Add contract tests for the inventory API to the checkout-service CI pipeline, blocking merge on failure.',
  ],
  [
    /deploy|release|rollout|merge|change/,
    'Roll out checkout-api in 5% / 25% / 100% stages with automatic rollback when the error ratio exceeds 1%.',
  ],
  [
    /database|db|query|replica|backup|postgres|mysql/,
    'Restore the orders-db nightly backup into a scratch instance weekly and alert if it takes longer than 2 hours.',
  ],
  [
    /communicat|customer|support|status|sales|team/,
    'Post a status page update within 15 minutes of every SEV1 declaration, using the comms runbook template.',
  ],
];
const DEFAULT_EXAMPLE =
  'Add a pre-deploy check that rejects migrations locking tables larger than 1 GB, in the deploy pipeline.';

/** The message and suggestion for a hit in `text`; action-item examples follow its topic. */
export function describeHit(hit: Hit, text: string): { message: string; suggestion: string } {
  const span = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
  switch (hit.rule) {
    case 'blame-person-cause':
      return {
        message: `"${span}" makes a person the cause of the failure.`,
        suggestion: `Ask what allowed "${span}" to happen: which check, default or signal was missing? Make the system the subject, e.g. "The deploy tool let the migration run without a lock-time check."`,
      };
    case 'blame-human-error':
      return {
        message: `"${span}" is a verdict on a person, and it ends the inquiry where it should start.`,
        suggestion: `Name the conditions instead: what made the action look right at the time, and which guard rail (confirmation, dry run, safer default) was missing? e.g. "The CLI ran against production without asking for confirmation."`,
      };
    case 'blame-character':
      return {
        message: `"${span}" judges a person's character rather than describing the situation.`,
        suggestion: `Describe what shaped the decision: load, tooling, information, time pressure. e.g. "The console accepted the command with no confirmation step and no preview of affected rows."`,
      };
    case 'blame-exhortation':
      return {
        message: `"${span}" asks people to try harder; it changes nothing in the system.`,
        suggestion: `Replace the appeal with a change that makes care unnecessary: an automated check, a safer default or an alert. e.g. "The failover script now refuses to promote a replica more than 10 s behind."`,
      };
    case 'hindsight-counterfactual':
      return {
        message: `"${span}" judges the past with what is known now (hindsight bias).`,
        suggestion: `Describe what was known at the time: what did the dashboards, alerts and runbook show at that moment? e.g. "At 09:12 the latency dashboard was green; replica lag was not on it."`,
      };
    default:
      return describeVague(hit as VagueHit, span, text);
  }
}

function describeVague(
  hit: VagueHit,
  span: string,
  text: string,
): { message: string; suggestion: string } {
  const missing = hit.missing.map((part) => MISSING_TEXT[part]).join('; ');
  const opening =
    hit.rule === 'vague-exhortation'
      ? `"${span}" is an appeal to people, not a change to the system.`
      : hit.rule === 'vague-open-ended-verb'
        ? `"${span}" names an activity with nothing to decide or measure.`
        : hit.rule === 'vague-no-measurable-outcome'
          ? `"${span}" has no number or threshold to tell when it is done.`
          : `"${span}" does not say which system, alert, runbook or config to change.`;
  return {
    message: `${opening} Missing: ${missing}.`,
    suggestion: `State ${missing}. For example: "${exampleFor(text)}"`,
  };
}

function exampleFor(text: string): string {
  const lower = text.toLowerCase();
  return EXAMPLES.find(([topic]) => topic.test(lower))?.[1] ?? DEFAULT_EXAMPLE;
}
