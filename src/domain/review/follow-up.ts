/** @module The follow-up some days after publication: did each fix work, and did the incident recur? */
import type { Finding } from '../finding.js';
import { type IncidentKey, isIncidentKey } from '../ids.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../instant.js';
import type { ActionItem } from './action-item.js';
import type { ActionHorizon, Policy } from './policy.js';

export interface FollowUpAnswer {
  verified: boolean;
  /** Whether the fix worked; null when it is too early to say. */
  effective: boolean | null;
  note: string;
}

export interface FollowUpItem {
  actionItemId: string;
  title: string;
  horizon: ActionHorizon;
  answer: FollowUpAnswer | null;
}

export interface FollowUp {
  dueAt: Instant;
  /** When the follow-up job mailed the question; kept by storage in its own column, absent before. */
  askedAt?: Instant | null;
  items: FollowUpItem[];
  recurrence: { recurred: boolean; incidentKeys: IncidentKey[] } | null;
  completedAt: Instant | null;
  completedBy: string | null;
}

const DAY_MS = 86_400_000;
const FOLLOWED_UP: readonly ActionHorizon[] = ['immediate', 'short'];

/**
 * A follow-up `policy.followUpDays` after publication, asking about the immediate and short-horizon
 * items (long-horizon work is rarely finished by then). Null when there are none to ask about.
 */
export function scheduleFollowUp(
  review: { actionItems: ActionItem[] },
  publishedAt: Instant,
  policy: Policy,
): FollowUp | null {
  const items = review.actionItems
    .filter((item) => FOLLOWED_UP.includes(item.horizon) && item.status !== 'wont_do')
    .map((item) => ({
      actionItemId: item.id,
      title: item.title,
      horizon: item.horizon,
      answer: null,
    }));
  if (items.length === 0) return null;
  return {
    dueAt: instantFromEpochMs(epochMsOf(publishedAt) + policy.followUpDays * DAY_MS),
    items,
    recurrence: null,
    completedAt: null,
    completedBy: null,
  };
}

/** Records the answers (one per item) and whether a similar incident recurred; problems read `field: what is wrong`. */
export function recordFollowUpOutcome(
  followUp: FollowUp,
  answers: Array<{ actionItemId: string } & FollowUpAnswer>,
  recurred: { recurred: boolean; incidentKeys: string[] },
  by: string,
  at: Instant,
): { followUp: FollowUp } | { problems: string[] } {
  const problems: string[] = [];
  const asked = new Set(followUp.items.map((item) => item.actionItemId));
  answers.forEach((answer, i) => {
    if (!asked.has(answer.actionItemId)) {
      problems.push(
        `answers.${i}.actionItemId: "${answer.actionItemId}" is not part of this follow-up`,
      );
    }
  });
  followUp.items.forEach((item) => {
    if (!answers.some((a) => a.actionItemId === item.actionItemId)) {
      problems.push(`answers: no answer for action item "${item.title}" (${item.actionItemId})`);
    }
  });
  if (recurred.recurred && recurred.incidentKeys.length === 0) {
    problems.push('recurred.incidentKeys: name the incident(s) that recurred, e.g. INC-42');
  }
  if (!recurred.recurred && recurred.incidentKeys.length > 0) {
    problems.push('recurred.incidentKeys: must be empty when nothing recurred');
  }
  for (const key of recurred.incidentKeys) {
    if (!isIncidentKey(key)) {
      problems.push(`recurred.incidentKeys: "${key}" is not an incident key such as INC-42`);
    }
  }
  if (problems.length > 0) return { problems };
  return {
    followUp: {
      ...followUp,
      items: followUp.items.map((item) => {
        const { verified, effective, note } = answers.find(
          (a) => a.actionItemId === item.actionItemId,
        )!;
        return { ...item, answer: { verified, effective, note } };
      }),
      recurrence: {
        recurred: recurred.recurred,
        incidentKeys: recurred.incidentKeys as IncidentKey[],
      },
      completedAt: at,
      completedBy: by,
    },
  };
}

/** An overdue follow-up, and fixes the follow-up found ineffective or a recurrence it reported. */
export function checkFollowUp(followUp: FollowUp, now: Instant): Finding[] {
  const findings: Finding[] = [];
  if (followUp.completedAt === null && now > followUp.dueAt) {
    const days = Math.floor((epochMsOf(now) - epochMsOf(followUp.dueAt)) / DAY_MS);
    const late = days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`;
    findings.push({
      rule: 'follow-up-overdue',
      severity: 'warning',
      message: `The follow-up was due ${followUp.dueAt.slice(0, 10)} and is ${late} late`,
      where: { path: 'followUp' },
      suggestion:
        'Ask each owner whether the fix worked, and check for similar incidents since publication.',
    });
  }
  followUp.items.forEach((item, i) => {
    if (item.answer?.effective === false) {
      findings.push({
        rule: 'follow-up-ineffective',
        severity: 'warning',
        message: `Action item "${item.title}" did not work according to the follow-up`,
        where: { path: `followUp.items.${i}` },
        suggestion: 'Reopen the item or add a new one; the factor it addressed is still open.',
      });
    }
  });
  if (followUp.recurrence?.recurred) {
    findings.push({
      rule: 'follow-up-recurred',
      severity: 'warning',
      message: `A similar incident recurred: ${followUp.recurrence.incidentKeys.join(', ')}`,
      where: { path: 'followUp.recurrence' },
    });
  }
  return findings;
}
