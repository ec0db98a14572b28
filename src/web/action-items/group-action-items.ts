/** @module My action items in the groups people act on: overdue, due soon, later, and done but not yet verified. */

export interface Groupable {
  status: string;
  dueDate: string | null;
}

export interface ActionItemGroups<T> {
  overdue: T[];
  dueSoon: T[];
  later: T[];
  /** Done, waiting for evidence that the fix works. */
  awaitingVerification: T[];
  /** Verified or won't do: nothing left to act on. */
  closed: T[];
}

const DAY_MS = 86_400_000;

/**
 * Groups `items` as of `today` (YYYY-MM-DD): open work due before today is overdue, due within
 * `soonDays` is due soon, anything later or undated is later.
 */
export function groupActionItems<T extends Groupable>(
  items: readonly T[],
  today: string,
  soonDays = 7,
): ActionItemGroups<T> {
  const soonLimit = new Date(Date.parse(`${today}T00:00:00Z`) + soonDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const groups: ActionItemGroups<T> = {
    overdue: [],
    dueSoon: [],
    later: [],
    awaitingVerification: [],
    closed: [],
  };
  for (const item of items) {
    if (item.status === 'verified' || item.status === 'wont_do') groups.closed.push(item);
    else if (item.status === 'done') groups.awaitingVerification.push(item);
    else if (item.dueDate !== null && item.dueDate < today) groups.overdue.push(item);
    else if (item.dueDate !== null && item.dueDate <= soonLimit) groups.dueSoon.push(item);
    else groups.later.push(item);
  }
  return groups;
}
