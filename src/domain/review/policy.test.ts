import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from './policy.js';

describe('DEFAULT_POLICIES', () => {
  it.each([
    ['SEV1', true],
    ['SEV2', true],
    ['SEV3', false],
    ['SEV4', false],
  ] as const)('requires a review for %s: %s', (severity, required) => {
    expect(DEFAULT_POLICIES[severity].reviewRequired).toBe(required);
  });

  it.each(['SEV1', 'SEV2'] as const)(
    'gives %s a draft in 24 h, a meeting in 72 h and publication in 120 h',
    (severity) => {
      const { draftDueHours, meetingDueHours, publishDueHours } = DEFAULT_POLICIES[severity];
      expect([draftDueHours, meetingDueHours, publishDueHours]).toEqual([24, 72, 120]);
    },
  );

  it.each(['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const)(
    'gives %s action items 7, 30 and 90 days and a 30-day follow-up',
    (severity) => {
      const policy = DEFAULT_POLICIES[severity];
      expect([policy.actionDueDays, policy.followUpDays]).toEqual([
        { immediate: 7, short: 30, long: 90 },
        30,
      ]);
    },
  );

  it('holds SEV1 to 5 min detection, 5 min response, 60 min mitigation, 4 h recovery and 30 min communication', () => {
    expect(DEFAULT_POLICIES.SEV1.gapThresholdsSeconds).toEqual({
      detection: 300,
      response: 300,
      mitigation: 3600,
      recovery: 14400,
      communication: 1800,
    });
  });

  it('loosens every threshold as severity drops', () => {
    const order = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
    for (let i = 1; i < order.length; i++) {
      const stricter = DEFAULT_POLICIES[order[i - 1]!];
      const looser = DEFAULT_POLICIES[order[i]!];
      for (const phase of Object.keys(
        stricter.gapThresholdsSeconds,
      ) as (keyof typeof stricter.gapThresholdsSeconds)[]) {
        expect(looser.gapThresholdsSeconds[phase]).toBeGreaterThan(
          stricter.gapThresholdsSeconds[phase],
        );
      }
      expect(looser.silenceThresholdSeconds).toBeGreaterThan(stricter.silenceThresholdSeconds);
    }
  });
});
