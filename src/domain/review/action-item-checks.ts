/** @module Checks on action items: owned, dated, measurable, on time, and verified once done. */
import type { Finding } from '../finding.js';
import { epochMsOf, type Instant } from '../instant.js';
import { type ActionItem, isCalendarDate, isOpenActionItem } from './action-item.js';
import type { Policy } from './policy.js';

const DAY_MS = 86_400_000;

const REQUIRED: ReadonlyArray<{
  rule: string;
  field: 'owner' | 'successCriteria' | 'validationMethod';
  message: string;
  suggestion: string;
}> = [
  {
    rule: 'action-missing-owner',
    field: 'owner',
    message: 'has no owner',
    suggestion: 'Name one person who will see it through, even if a team does the work.',
  },
  {
    rule: 'action-missing-success-criteria',
    field: 'successCriteria',
    message: 'has no success criteria',
    suggestion: 'Say what will be true when it works, e.g. "a stale queue pages within 5 minutes".',
  },
  {
    rule: 'action-missing-validation-method',
    field: 'validationMethod',
    message: 'has no validation method',
    suggestion:
      'Say how the fix will be tested: a game day, a replayed load, a failing test that now passes.',
  },
];

/**
 * Findings for one action item at `now`; `path` locates it in the review (`actionItems.3`).
 * Items the team decided not to do only need their reason.
 */
export function checkActionItem(
  item: ActionItem,
  now: Instant,
  policy: Policy,
  path = 'actionItem',
): Finding[] {
  const label = `Action item "${item.title}"`;
  if (item.status === 'wont_do') {
    return (item.wontDoReason ?? '').trim() === ''
      ? [
          error(
            'action-wont-do-without-reason',
            `${label} is marked won't do without a reason`,
            `${path}.wontDoReason`,
          ),
        ]
      : [];
  }
  const findings: Finding[] = [];
  for (const { rule, field, message, suggestion } of REQUIRED) {
    if ((item[field] ?? '').trim() === '') {
      findings.push({ ...error(rule, `${label} ${message}`, `${path}.${field}`), suggestion });
    }
  }
  if (item.dueDate === null) {
    findings.push(error('action-missing-due-date', `${label} has no due date`, `${path}.dueDate`));
  } else if (!isCalendarDate(item.dueDate)) {
    findings.push(
      error(
        'action-invalid-due-date',
        `${label} has the due date "${item.dueDate}", which is not YYYY-MM-DD`,
        `${path}.dueDate`,
      ),
    );
  } else if (isOpenActionItem(item) && item.dueDate < now.slice(0, 10)) {
    const days =
      Math.floor(
        (epochMsOf(now) - epochMsOf(`${item.dueDate}T23:59:59.999Z` as Instant)) / DAY_MS,
      ) + 1;
    findings.push({
      rule: 'action-past-due',
      severity: 'warning',
      message: `${label} was due ${item.dueDate}, ${days} day${days === 1 ? '' : 's'} ago`,
      where: { path: `${path}.dueDate` },
      suggestion: 'Finish it, move the date with the reason recorded, or mark it won’t do.',
    });
  }
  if (item.status === 'verified' && item.verification === null) {
    findings.push(
      error(
        'action-verified-without-evidence',
        `${label} is verified but records no test of the fix`,
        `${path}.verification`,
      ),
    );
  }
  if (item.status === 'done' && item.doneAt !== null) {
    const days = Math.floor((epochMsOf(now) - epochMsOf(item.doneAt)) / DAY_MS);
    if (days > policy.verificationDueDays) {
      findings.push({
        rule: 'action-unverified',
        severity: 'warning',
        message: `${label} has been done for ${days} days without verification (policy: ${policy.verificationDueDays})`,
        where: { path: `${path}.verification` },
        suggestion:
          'Record how the fix was tested: what was done, when, and a link to the evidence.',
      });
    }
  }
  return findings;
}

/** Findings for every action item of a review, located as `actionItems.<index>`. */
export function checkActionItems(items: ActionItem[], now: Instant, policy: Policy): Finding[] {
  return items.flatMap((item, index) => checkActionItem(item, now, policy, `actionItems.${index}`));
}

function error(rule: string, message: string, path: string): Finding {
  return { rule, severity: 'error', message, where: { path } };
}
