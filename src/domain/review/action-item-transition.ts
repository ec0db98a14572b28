/** @module Status changes of an action item: open → in_progress → done → verified, or won't do with a reason. */
import { type Instant, isInstant } from '../instant.js';
import type { ActionItem, ActionItemStatus } from './action-item.js';

const ALLOWED: Record<ActionItemStatus, readonly ActionItemStatus[]> = {
  open: ['in_progress', 'done', 'verified', 'wont_do'],
  in_progress: ['open', 'done', 'verified', 'wont_do'],
  done: ['in_progress', 'verified'],
  // A follow-up that finds the fix ineffective sends it back to work.
  verified: ['in_progress'],
  wont_do: ['open'],
};

export interface ActionItemTransitionInput {
  /** Who makes the change; recorded on the verification. */
  by: string;
  /** Required to move to `verified`. */
  verification?: { what: string; at: Instant; link?: string | null };
  /** Required to move to `wont_do`. */
  reason?: string;
}

export type ActionItemTransitionResult = { item: ActionItem } | { problem: string };

/**
 * Moves `item` to `to`. Expected refusals come back as `{ problem }` (`field: what is wrong`),
 * which the API answers with 422.
 */
export function transitionActionItem(
  item: ActionItem,
  to: ActionItemStatus,
  input: ActionItemTransitionInput,
  now: Instant,
): ActionItemTransitionResult {
  if (!ALLOWED[item.status].includes(to)) {
    return {
      problem: `status: cannot move from ${item.status} to ${to}; allowed: ${ALLOWED[item.status].join(', ')}`,
    };
  }
  const reopened = { ...item, status: to, wontDoReason: null, verification: null };
  switch (to) {
    case 'open':
    case 'in_progress':
      return { item: { ...reopened, doneAt: null } };
    case 'done':
      return { item: { ...reopened, doneAt: now } };
    case 'verified':
      return verify(item, input, now);
    case 'wont_do': {
      const reason = input.reason?.trim() ?? '';
      if (reason === '') return { problem: 'wontDoReason: say why the item will not be done' };
      return { item: { ...reopened, wontDoReason: reason, doneAt: null } };
    }
  }
}

function verify(
  item: ActionItem,
  input: ActionItemTransitionInput,
  now: Instant,
): ActionItemTransitionResult {
  const evidence = input.verification;
  if (evidence === undefined) {
    return {
      problem: 'verification: record how the fix was tested (what, at, and a link if there is one)',
    };
  }
  if (evidence.what.trim() === '') {
    return { problem: 'verification.what: describe the test that showed the fix works' };
  }
  if (!isInstant(evidence.at)) {
    return { problem: `verification.at: must be an instant, got "${evidence.at}"` };
  }
  if (evidence.at > now) {
    return { problem: `verification.at: must not be in the future, got ${evidence.at}` };
  }
  return {
    item: {
      ...item,
      status: 'verified',
      wontDoReason: null,
      doneAt: item.doneAt ?? evidence.at,
      verification: {
        what: evidence.what.trim(),
        at: evidence.at,
        link: evidence.link ?? null,
        by: input.by,
      },
    },
  };
}
