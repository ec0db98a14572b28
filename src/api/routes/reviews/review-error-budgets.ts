/** @module GET /incidents/:key/error-budgets: the error budgets of the incident's services, for its review page. */
import { z } from 'zod';
import { getIncident } from '../../../usecases/incidents.js';
import { getIncidentServiceBudgets } from '../../../usecases/insights-review-budget.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

const BudgetSchema = z.object({
  service: z.string(),
  sloTarget: z.number(),
  windowDays: z.number(),
  budgetMinutes: z.number(),
  consumedMinutes: z.number(),
  remainingMinutes: z.number(),
  remainingFraction: z.number(),
  burnRate: z.number(),
  burnRate7d: z.number(),
  exhausted: z.boolean(),
  message: z.string().nullable(),
  freezeItems: z.array(
    z.object({ id: z.string(), incidentKey: z.string(), title: z.string(), status: z.string() }),
  ),
  freezeItemCount: z.number().int(),
});

export function registerReviewErrorBudgetRoute(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/error-budgets',
      summary:
        "Error budgets of the incident's services (those with an SLO); an exhausted one names the action items a feature freeze waits on",
      tag: 'reviews',
      response: {
        status: 200,
        schema: z.object({ budgets: z.array(BudgetSchema) }),
        description: 'One budget per service with an SLO',
      },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const { incident } = await getIncident(ctx, incidentKeyParam(params));
      const budgets = await getIncidentServiceBudgets(ctx, incident);
      return c.json({
        budgets: budgets.map(({ windowStart, windowEnd, unmeasuredKeys, ...budget }) => budget),
      });
    },
  );
}
