/** @module The error-budget state of an incident's services, for the review page: "budget exhausted: feature freeze". */

import type { Incident } from '../domain/incident.js';
import type { ErrorBudget } from '../domain/insights/index.js';
import type { UseCaseContext } from './context.js';
import { errorBudgetsOf, insightQueryOf, loadInsightFacts } from './insights.js';

/**
 * The budgets of the services `incident` affects that have an SLO. A review's detail can show
 * `exhausted`/`message`/`freezeItems` of each; spends are left out to keep it small.
 */
export async function getIncidentServiceBudgets(
  ctx: UseCaseContext,
  incident: Pick<Incident, 'services'>,
): Promise<Omit<ErrorBudget, 'spends'>[]> {
  if (incident.services.length === 0) return [];
  const now = ctx.clock();
  const facts = await loadInsightFacts(
    ctx,
    insightQueryOf(ctx, { from: now, to: now, recurrenceDays: 0 }),
    { overdueItems: 0 },
  );
  const services = facts.services.filter((s) => incident.services.includes(s.name));
  const budgets = await errorBudgetsOf(ctx, facts, { services });
  return budgets.map(({ spends, ...budget }) => budget);
}
