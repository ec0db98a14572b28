/** @module Review policy per workspace and severity: whether a review is required, its deadlines and the gap thresholds. */
import type { Severity } from '../incident.js';

export const GAP_PHASES = [
  'detection',
  'response',
  'mitigation',
  'recovery',
  'communication',
] as const;
export type GapPhase = (typeof GAP_PHASES)[number];

export const ACTION_HORIZONS = ['immediate', 'short', 'long'] as const;
export type ActionHorizon = (typeof ACTION_HORIZONS)[number];

export interface Policy {
  reviewRequired: boolean;
  /** Hours after resolution by which the draft must be submitted for review. */
  draftDueHours: number;
  /** Hours after resolution by which the review meeting must have been held. */
  meetingDueHours: number;
  /** Hours after resolution by which the review must be published. */
  publishDueHours: number;
  actionDueDays: Record<ActionHorizon, number>;
  /** Days after publication at which the follow-up asks whether the fixes worked. */
  followUpDays: number;
  /** Days an action item may stay `done` before the missing verification is reported. */
  verificationDueDays: number;
  gapThresholdsSeconds: Record<GapPhase, number>;
  /** A stretch without any timeline entry longer than this, during impact, is reported. */
  silenceThresholdSeconds: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

const REQUIRED_REVIEW = {
  reviewRequired: true,
  draftDueHours: 24,
  meetingDueHours: 72,
  publishDueHours: 120,
} as const;

// Optional reviews still get deadlines so that a team that chooses to write one is reminded.
const OPTIONAL_REVIEW = {
  reviewRequired: false,
  draftDueHours: 72,
  meetingDueHours: 168,
  publishDueHours: 240,
} as const;

const SHARED = {
  actionDueDays: { immediate: 7, short: 30, long: 90 },
  followUpDays: 30,
  verificationDueDays: 14,
} as const;

/** The policy a workspace starts with; each severity can be overridden with `policyFromPartial`. */
export const DEFAULT_POLICIES: Record<Severity, Policy> = {
  SEV1: {
    ...REQUIRED_REVIEW,
    ...SHARED,
    actionDueDays: { ...SHARED.actionDueDays },
    gapThresholdsSeconds: {
      detection: 5 * MINUTE,
      response: 5 * MINUTE,
      mitigation: 60 * MINUTE,
      recovery: 4 * HOUR,
      communication: 30 * MINUTE,
    },
    silenceThresholdSeconds: 30 * MINUTE,
  },
  SEV2: {
    ...REQUIRED_REVIEW,
    ...SHARED,
    actionDueDays: { ...SHARED.actionDueDays },
    gapThresholdsSeconds: {
      detection: 10 * MINUTE,
      response: 15 * MINUTE,
      mitigation: 2 * HOUR,
      recovery: 8 * HOUR,
      communication: 60 * MINUTE,
    },
    silenceThresholdSeconds: 60 * MINUTE,
  },
  SEV3: {
    ...OPTIONAL_REVIEW,
    ...SHARED,
    actionDueDays: { ...SHARED.actionDueDays },
    gapThresholdsSeconds: {
      detection: 30 * MINUTE,
      response: 30 * MINUTE,
      mitigation: 4 * HOUR,
      recovery: 24 * HOUR,
      communication: 4 * HOUR,
    },
    silenceThresholdSeconds: 2 * HOUR,
  },
  SEV4: {
    ...OPTIONAL_REVIEW,
    ...SHARED,
    actionDueDays: { ...SHARED.actionDueDays },
    gapThresholdsSeconds: {
      detection: 60 * MINUTE,
      response: 2 * HOUR,
      mitigation: 8 * HOUR,
      recovery: 72 * HOUR,
      communication: 24 * HOUR,
    },
    silenceThresholdSeconds: 4 * HOUR,
  },
};
