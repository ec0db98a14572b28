/** @module Action items: the exact change, its owner, due date, horizon, scores and verification evidence. */
import { epochMsOf, type Instant, instantFromEpochMs } from '../instant.js';
import type { ActionHorizon, Policy } from './policy.js';

export const ACTION_ITEM_TYPES = ['prevent', 'detect', 'mitigate', 'repair', 'process'] as const;
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'verified', 'wont_do'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** 1 (least) to 5 (most). */
export type Score = 1 | 2 | 3 | 4 | 5;

/** A calendar day, `YYYY-MM-DD`; action items are due by the end of that day, UTC. */
export type CalendarDate = string;

/** Evidence that a finished change was tested and works. */
export interface Verification {
  what: string;
  at: Instant;
  link: string | null;
  by: string;
}

export interface ActionItem {
  id: string;
  /** The exact change, e.g. "Alert when the payments queue is older than 5 minutes". */
  title: string;
  owner: string | null;
  dueDate: CalendarDate | null;
  horizon: ActionHorizon;
  type: ActionItemType;
  impact: Score;
  effort: Score;
  successCriteria: string;
  validationMethod: string;
  status: ActionItemStatus;
  wontDoReason: string | null;
  verification: Verification | null;
  doneAt: Instant | null;
  trackerUrl: string | null;
}

const DAY_MS = 86_400_000;

/** The due date `policy.actionDueDays[horizon]` days after `from`, as a UTC calendar date. */
export function defaultDueDate(
  horizon: ActionHorizon,
  from: Instant,
  policy: Policy,
): CalendarDate {
  return instantFromEpochMs(epochMsOf(from) + policy.actionDueDays[horizon] * DAY_MS).slice(0, 10);
}

/** True when `text` is a real `YYYY-MM-DD` date. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00.000Z`);
  return !Number.isNaN(parsed) && instantFromEpochMs(parsed).startsWith(text);
}

/** True while work on the item is still expected: `open` or `in_progress`. */
export function isOpenActionItem(item: ActionItem): boolean {
  return item.status === 'open' || item.status === 'in_progress';
}
