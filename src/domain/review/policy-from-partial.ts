/** @module Builds a policy from a workspace's partial overrides, listing every invalid value. */
import { ACTION_HORIZONS, GAP_PHASES, type Policy } from './policy.js';

/** What a workspace may override: any top-level field, and any single entry of the nested ones. */
export type PolicyPatch = {
  [K in keyof Policy]?: Policy[K] extends object ? Partial<Policy[K]> : Policy[K];
};

export type PolicyResult = { policy: Policy } | { problems: string[] };

const HOURS_IN_YEAR = 24 * 366;

/**
 * Merges `patch` over `base` and validates the result; problems read `field: what is wrong`.
 * @example policyFromPartial({ draftDueHours: 48 }, DEFAULT_POLICIES.SEV2)
 */
export function policyFromPartial(patch: PolicyPatch, base: Policy): PolicyResult {
  const problems: string[] = [];
  for (const key of Object.keys(patch)) {
    if (!(key in base)) problems.push(`${key}: is not a policy field`);
  }
  const policy: Policy = {
    ...base,
    ...patch,
    actionDueDays: { ...base.actionDueDays, ...patch.actionDueDays },
    gapThresholdsSeconds: { ...base.gapThresholdsSeconds, ...patch.gapThresholdsSeconds },
  } as Policy;

  if (typeof policy.reviewRequired !== 'boolean') {
    problems.push(`reviewRequired: must be true or false, got ${show(policy.reviewRequired)}`);
  }
  for (const field of ['draftDueHours', 'meetingDueHours', 'publishDueHours'] as const) {
    checkWhole(problems, field, policy[field], 1, HOURS_IN_YEAR, 'hours');
  }
  for (const horizon of ACTION_HORIZONS) {
    checkWhole(
      problems,
      `actionDueDays.${horizon}`,
      policy.actionDueDays[horizon],
      1,
      3650,
      'days',
    );
  }
  checkWhole(problems, 'followUpDays', policy.followUpDays, 1, 366, 'days');
  checkWhole(problems, 'verificationDueDays', policy.verificationDueDays, 1, 366, 'days');
  for (const phase of GAP_PHASES) {
    const value = policy.gapThresholdsSeconds[phase];
    checkWhole(
      problems,
      `gapThresholdsSeconds.${phase}`,
      value,
      1,
      HOURS_IN_YEAR * 3600,
      'seconds',
    );
  }
  checkWhole(
    problems,
    'silenceThresholdSeconds',
    policy.silenceThresholdSeconds,
    60,
    7 * 86400,
    'seconds',
  );
  if (problems.length > 0) return { problems };

  if (policy.draftDueHours > policy.publishDueHours) {
    problems.push(
      `draftDueHours: must not be later than publishDueHours (${policy.publishDueHours}), got ${policy.draftDueHours}`,
    );
  }
  if (policy.meetingDueHours > policy.publishDueHours) {
    problems.push(
      `meetingDueHours: must not be later than publishDueHours (${policy.publishDueHours}), got ${policy.meetingDueHours}`,
    );
  }
  const { immediate, short, long } = policy.actionDueDays;
  if (immediate > short) {
    problems.push(
      `actionDueDays.immediate: must not exceed actionDueDays.short (${short}), got ${immediate}`,
    );
  }
  if (short > long) {
    problems.push(
      `actionDueDays.short: must not exceed actionDueDays.long (${long}), got ${short}`,
    );
  }
  return problems.length > 0 ? { problems } : { policy };
}

function checkWhole(
  problems: string[],
  field: string,
  value: unknown,
  min: number,
  max: number,
  unit: string,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    problems.push(
      `${field}: must be a whole number of ${unit} from ${min} to ${max}, got ${show(value)}`,
    );
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
