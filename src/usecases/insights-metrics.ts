/** @module The headline figures `/metrics` exposes to Prometheus: open incidents, MTTR, overdue items, error budgets. */
import { SEVERITIES } from '../domain/incident.js';
import {
  computeErrorBudgets,
  computeResponseMetrics,
  overdueBacklogOf,
} from '../domain/insights/index.js';
import { epochMsOf, instantFromEpochMs } from '../domain/instant.js';
import { listOpenIncidentSeverities } from '../storage/insights.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { insightQueryOf, loadInsightFacts } from './insights.js';

const DAY_MS = 86_400_000;

export interface Gauge {
  name: string;
  help: string;
  samples: { labels: Record<string, string>; value: number }[];
}

/** The gauges, computed now over the last 30 days (budgets over each service's own window). */
export async function getMetricsSnapshot(ctx: UseCaseContext): Promise<Gauge[]> {
  const now = ctx.clock();
  const from = instantFromEpochMs(epochMsOf(now) - 30 * DAY_MS);
  const query = insightQueryOf(ctx, { from, to: now, zone: 'UTC', recurrenceDays: 0 });
  const [facts, open] = await Promise.all([
    loadInsightFacts(ctx, query, { overdueItems: 0 }),
    listOpenIncidentSeverities(ctx.database.db, ctx.workspace.id, canSeePrivate(ctx)),
  ]);
  const window = [{ key: 'last30d', start: from, end: now, partial: false }];
  const teams = new Map(facts.services.map((s) => [s.name, s.owningTeam]));
  const figures = computeResponseMetrics(
    facts.incidents,
    window,
    (s) => teams.get(s) ?? null,
  ).figures;
  const mttr = figures.find(
    (f) => f.period === 'last30d' && f.dimension === 'all' && f.metric === 'mttr',
  );
  const overdue = overdueBacklogOf(facts.overdue, now, 0);
  // Only the remaining share is exposed, so the items an exhausted budget waits on are not read.
  const budgets = computeErrorBudgets(facts.services, facts.incidents, facts.reviews, now);
  return [
    {
      name: 'hindsight_open_incidents',
      help: 'Incidents investigating or mitigated, by severity.',
      samples: SEVERITIES.map((severity) => ({
        labels: { severity },
        value: open.filter((s) => s === severity).length,
      })),
    },
    {
      name: 'hindsight_mttr_median_seconds',
      help: 'Median of resolved minus impact started over incidents whose impact started in the last 30 days (NaN when none).',
      samples: [{ labels: {}, value: mttr?.median ?? Number.NaN }],
    },
    {
      name: 'hindsight_mttr_measured_incidents',
      help: 'Incidents behind hindsight_mttr_median_seconds.',
      samples: [{ labels: {}, value: mttr?.count ?? 0 }],
    },
    {
      name: 'hindsight_overdue_action_items',
      help: 'Open or in-progress action items past the end of their due day.',
      samples: [{ labels: {}, value: overdue.count }],
    },
    {
      name: 'hindsight_error_budget_remaining_ratio',
      help: 'Share of the SLO error budget left over the service window (negative when overspent).',
      samples: budgets.map((b) => ({ labels: { service: b.service }, value: b.remainingFraction })),
    },
    {
      name: 'hindsight_error_budget_burn_rate',
      help: 'Budget spent divided by the budget of the whole window.',
      samples: budgets.map((b) => ({ labels: { service: b.service }, value: b.burnRate })),
    },
  ];
}
