/** @module The daily reminder to an owner: their open action items that are past due or due soon. */
import { epochMsOf, type Instant, instantFromEpochMs, zoneOffsetMs } from '../instant.js';
import type { ActionItem, CalendarDate } from './action-item.js';
import { mailAddressOf } from './mail-address.js';
import { escapeHtml, htmlMail, type MailContent } from './mail-content.js';

/** How many days ahead "due soon" looks. */
export const REMINDER_DAYS_AHEAD = 2;

/** An action item with the incident it came from. */
export interface ReminderCandidate {
  incidentKey: string;
  incidentTitle: string;
  item: ActionItem;
}

export interface ActionItemDigest {
  /** The owner's mail address. */
  owner: string;
  day: CalendarDate;
  overdue: ReminderCandidate[];
  dueSoon: ReminderCandidate[];
}

const DAY_MS = 86_400_000;
const REMINDED_STATUSES: readonly ActionItem['status'][] = ['open', 'in_progress'];

/** The calendar day `now` falls on in `zone`: the day a digest is sent for. */
export function calendarDateIn(now: Instant, zone: string): CalendarDate {
  const ms = epochMsOf(now);
  return instantFromEpochMs(ms + zoneOffsetMs(ms, zone)).slice(0, 10);
}

/** `date` moved by `days` calendar days. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return instantFromEpochMs(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).slice(0, 10);
}

/** The last due date a digest sent on `day` includes. */
export function reminderHorizon(day: CalendarDate): CalendarDate {
  return addCalendarDays(day, REMINDER_DAYS_AHEAD);
}

/**
 * One digest per owner address: their open or in-progress items due before `day` (overdue) or
 * within two days of it (due soon), earliest first. Items owned by a plain name, without a due
 * date, or finished (done, verified, wont_do) are left out; digests come sorted by owner.
 */
export function collectActionItemDigests(
  candidates: ReminderCandidate[],
  day: CalendarDate,
): ActionItemDigest[] {
  const horizon = reminderHorizon(day);
  const byOwner = new Map<string, ActionItemDigest>();
  const sorted = [...candidates].sort(
    (a, b) =>
      (a.item.dueDate ?? '').localeCompare(b.item.dueDate ?? '') ||
      a.incidentKey.localeCompare(b.incidentKey) ||
      a.item.title.localeCompare(b.item.title),
  );
  for (const candidate of sorted) {
    const { item } = candidate;
    const owner = item.owner === null ? null : mailAddressOf(item.owner);
    if (owner === null || item.dueDate === null || !REMINDED_STATUSES.includes(item.status))
      continue;
    if (item.dueDate > horizon) continue;
    const digest = byOwner.get(owner) ?? { owner, day, overdue: [], dueSoon: [] };
    (item.dueDate < day ? digest.overdue : digest.dueSoon).push(candidate);
    byOwner.set(owner, digest);
  }
  return [...byOwner.values()].sort((a, b) => a.owner.localeCompare(b.owner));
}

/** The digest as a mail; `reviewUrlOf` gives the page of an incident's review. */
export function composeActionItemDigest(
  digest: ActionItemDigest,
  reviewUrlOf: (incidentKey: string) => string,
): MailContent {
  const { overdue, dueSoon, day } = digest;
  const counts = [
    overdue.length > 0 ? `${overdue.length} overdue` : '',
    dueSoon.length > 0 ? `${dueSoon.length} due soon` : '',
  ].filter((part) => part !== '');
  const subject = `Your action items: ${counts.join(', ')} (${day})`;
  const intro = `These action items are yours and not finished yet. As of ${day}, some are past their due date or due within ${REMINDER_DAYS_AHEAD} days.`;
  const lineOf = ({ incidentKey, item }: ReminderCandidate) =>
    `${item.title} (${incidentKey}, due ${item.dueDate}, ${item.status.replace('_', ' ')})`;
  const groups = [
    { heading: 'Past due', entries: overdue },
    { heading: `Due by ${reminderHorizon(day)}`, entries: dueSoon },
  ].filter((group) => group.entries.length > 0);
  const text = [
    'Hello,',
    '',
    intro,
    '',
    ...groups.flatMap((group) => [
      `${group.heading}:`,
      ...group.entries.flatMap((entry) => [
        `  - ${lineOf(entry)}`,
        `    ${reviewUrlOf(entry.incidentKey)}`,
      ]),
      '',
    ]),
    'When an item is finished, record how it was tested so it can be marked verified. If a date no longer holds, change it on the review rather than letting it slip silently.',
    '',
  ].join('\n');
  const html = htmlMail(
    subject,
    [
      '<p>Hello,</p>',
      `<p>${escapeHtml(intro)}</p>`,
      ...groups.flatMap((group) => [
        `<h3>${escapeHtml(group.heading)}</h3>`,
        '<ul>',
        ...group.entries.map(
          (entry) =>
            `<li><a href="${escapeHtml(reviewUrlOf(entry.incidentKey))}">${escapeHtml(lineOf(entry))}</a></li>`,
        ),
        '</ul>',
      ]),
      '<p>When an item is finished, record how it was tested so it can be marked verified. If a date no longer holds, change it on the review rather than letting it slip silently.</p>',
    ].join('\n'),
  );
  return { subject, text, html };
}
