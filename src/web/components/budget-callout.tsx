/** @module The feature-freeze callout of an exhausted error budget: its message and the items the freeze waits on. */

import type { ActionItemStatus } from '../client/types.js';
import { ACTION_STATUS_LABELS } from '../client/vocabulary.js';
import { Link } from './link.js';

export interface ExhaustedBudget {
  service: string;
  message: string | null;
  freezeItems: { id: string; incidentKey: string; title: string; status: string }[];
  /** How many items the freeze waits on when `freezeItems` shows only the first of them. */
  freezeItemCount?: number;
}

export function BudgetCallout({ budgets }: { budgets: readonly ExhaustedBudget[] }) {
  if (budgets.length === 0) return null;
  return (
    <section className="budget-callout" aria-label="Exhausted error budgets">
      {budgets.map((budget) => (
        <div key={budget.service}>
          <h3>{budget.service}: error budget exhausted, feature freeze</h3>
          {budget.message && <p>{budget.message[0]!.toUpperCase() + budget.message.slice(1)}.</p>}
          {budget.freezeItems.length === 0 ? (
            <p className="small-print">
              No unverified action item is left on this service's reviews: add one that restores the
              budget, or wait for the window to roll past the incidents.
            </p>
          ) : (
            <ul>
              {budget.freezeItems.map((item) => (
                <li key={item.id}>
                  <Link href={`/incidents/${encodeURIComponent(item.incidentKey)}/review`}>
                    {item.incidentKey}
                  </Link>{' '}
                  {item.title}{' '}
                  <span className="muted small-print">
                    {ACTION_STATUS_LABELS[item.status as ActionItemStatus] ?? item.status}
                  </span>
                </li>
              ))}
              {(budget.freezeItemCount ?? 0) > budget.freezeItems.length && (
                <li className="muted small-print">
                  and {(budget.freezeItemCount ?? 0) - budget.freezeItems.length} more (all of them
                  in the error-budgets CSV)
                </li>
              )}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
