/** @module Orders action items so quick wins (high impact, low effort) come first. */
import { type ActionItem, isOpenActionItem } from './action-item.js';

/**
 * Open items first, by impact ÷ effort (highest first), ties by due date (earliest first, undated
 * last), then by id so the order is stable. Finished and declined items follow in the same order.
 */
export function rankActionItems(items: readonly ActionItem[]): ActionItem[] {
  return [...items].sort(
    (a, b) =>
      Number(isOpenActionItem(b)) - Number(isOpenActionItem(a)) ||
      b.impact / b.effort - a.impact / a.effort ||
      compareDue(a.dueDate, b.dueDate) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
