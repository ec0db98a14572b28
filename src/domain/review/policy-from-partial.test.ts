import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from './policy.js';
import { type PolicyPatch, policyFromPartial } from './policy-from-partial.js';

const base = DEFAULT_POLICIES.SEV2;

describe('policyFromPartial', () => {
  it('returns the base policy for an empty patch', () => {
    expect(policyFromPartial({}, base)).toEqual({ policy: base });
  });

  it('overrides one entry of a nested field and keeps the others', () => {
    const result = policyFromPartial({ gapThresholdsSeconds: { detection: 120 } }, base);
    expect(result).toEqual({
      policy: { ...base, gapThresholdsSeconds: { ...base.gapThresholdsSeconds, detection: 120 } },
    });
  });

  it.each<[string, PolicyPatch, string]>([
    [
      'a zero due time',
      { draftDueHours: 0 },
      'draftDueHours: must be a whole number of hours from 1 to 8784, got 0',
    ],
    [
      'a fractional day count',
      { followUpDays: 2.5 },
      'followUpDays: must be a whole number of days from 1 to 366, got 2.5',
    ],
    [
      'text where a number belongs',
      { actionDueDays: { short: '30' as unknown as number } },
      'actionDueDays.short: must be a whole number of days from 1 to 3650, got "30"',
    ],
    [
      'a non-boolean requirement',
      { reviewRequired: 'yes' as unknown as boolean },
      'reviewRequired: must be true or false, got "yes"',
    ],
    [
      'a silence threshold under a minute',
      { silenceThresholdSeconds: 30 },
      'silenceThresholdSeconds: must be a whole number of seconds from 60 to 604800, got 30',
    ],
    [
      'a negative gap threshold',
      { gapThresholdsSeconds: { recovery: -1 } },
      'gapThresholdsSeconds.recovery: must be a whole number of seconds from 1 to 31622400, got -1',
    ],
    ['an unknown field', { meetingHours: 3 } as PolicyPatch, 'meetingHours: is not a policy field'],
    [
      'a draft due after publication',
      { draftDueHours: 200 },
      'draftDueHours: must not be later than publishDueHours (120), got 200',
    ],
    [
      'a meeting due after publication',
      { meetingDueHours: 121 },
      'meetingDueHours: must not be later than publishDueHours (120), got 121',
    ],
    [
      'immediate items due after short ones',
      { actionDueDays: { immediate: 45 } },
      'actionDueDays.immediate: must not exceed actionDueDays.short (30), got 45',
    ],
    [
      'short items due after long ones',
      { actionDueDays: { short: 120 } },
      'actionDueDays.short: must not exceed actionDueDays.long (90), got 120',
    ],
  ])('refuses %s', (_case, patch, problem) => {
    expect(policyFromPartial(patch, base)).toEqual({ problems: [problem] });
  });

  it('lists every problem at once', () => {
    const result = policyFromPartial({ draftDueHours: -1, followUpDays: 0 }, base);
    expect('problems' in result && result.problems.length).toBe(2);
  });
});
