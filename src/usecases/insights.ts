/** @module Insights across incidents: load the facts of a range once, let the domain compute every figure. */
import { SEVERITIES, type Severity } from '../domain/incident.js';
import {
  attachFreezes,
  buildPeriods,
  computeDowntimeCost,
  computeErrorBudgets,
  computeFollowThrough,
  computeIncidentFrequency,
  computeResponseMetrics,
  computeReviewCompletion,
  DEFAULT_RECURRENCE_DAYS,
  ERROR_BUDGET_DEFINITION,
  exhaustedServicesOf,
  findRecurrences,
  overdueCutoffOf,
  type Period,
  REVIEW_COMPLETION_DEFINITION,
} from '../domain/insights/index.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../domain/instant.js';
import type { Policy } from '../domain/review/index.js';
import type { Service } from '../domain/service.js';
import { countFreezeItems, listFreezeFacts, listOverdueFacts } from '../storage/insight-backlog.js';
import { type FactsRange, listInsightFacts } from '../storage/insight-facts.js';
import { listEarlierActionItemFacts } from '../storage/insights.js';
import { listServices } from '../storage/services.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { cachedInsight } from './insight-cache.js';
import { loadPolicy } from './review-policies.js';

const DAY_MS = 86_400_000;

export interface InsightQuery {
  from: Instant;
  to: Instant;
  zone: string;
  period: Period;
  recurrenceDays: number;
}

/** The query with defaults filled in: the last 90 days, by month, in the workspace zone. */
export function insightQueryOf(
  ctx: UseCaseContext,
  given: { from?: Instant; to?: Instant; zone?: string; period?: Period; recurrenceDays?: number },
): InsightQuery {
  const to = given.to ?? ctx.clock();
  return {
    from: given.from ?? instantFromEpochMs(epochMsOf(to) - 90 * DAY_MS),
    to,
    zone: given.zone ?? ctx.workspace.timeZone,
    period: given.period ?? 'month',
    recurrenceDays: given.recurrenceDays ?? DEFAULT_RECURRENCE_DAYS,
  };
}

export function buildPeriodsOf(query: InsightQuery) {
  return buildPeriods(query.from, query.to, query.period, query.zone);
}

/** How many of the overdue items to list (the backlog's size and ages always count them all). */
export interface InsightListing {
  overdueItems?: number;
}

/** Everything the figures are computed from, loaded in a handful of queries. */
export async function loadInsightFacts(
  ctx: UseCaseContext,
  query: InsightQuery,
  listing: InsightListing = {},
) {
  const db = ctx.database.db;
  const now = ctx.clock();
  const services = await listServices(db, ctx.workspace.id);
  const longestWindow = Math.max(
    0,
    ...services.map((s) => (s.sloTarget === null ? 0 : s.sloWindowDays)),
  );
  // Earlier incidents are needed for recurrence (N days back) and budgets (their windows).
  const since = Math.min(
    epochMsOf(query.from) - query.recurrenceDays * DAY_MS,
    epochMsOf(now) - longestWindow * DAY_MS,
  );
  const periods = buildPeriodsOf(query);
  const includePrivate = canSeePrivate(ctx);
  // Items of earlier incidents count when due in the range: from the day before its first period.
  const firstStart = periods[0]?.start ?? query.from;
  const range: FactsRange = {
    since: instantFromEpochMs(since),
    until: instantFromEpochMs(Math.max(epochMsOf(query.to), epochMsOf(now) + 1)),
    includePrivate,
    // Before the first period: earlier reviews (recurrence, items), and incidents that ended
    // late enough to be resolved in a period (review completion) or to reach a budget's window.
    lookback: {
      until: firstStart,
      endedSince: instantFromEpochMs(
        Math.min(epochMsOf(firstStart), epochMsOf(now) - longestWindow * DAY_MS),
      ),
    },
  };
  const dueFrom = instantFromEpochMs(epochMsOf(firstStart) - DAY_MS).slice(0, 10);
  const [{ incidents, reviews, items }, earlierItems, policies, overdue] = await Promise.all([
    listInsightFacts(db, ctx.workspace.id, range),
    listEarlierActionItemFacts(db, ctx.workspace.id, { ...range, dueFrom }),
    loadPolicies(ctx),
    listOverdueFacts(db, ctx.workspace.id, {
      cutoff: overdueCutoffOf(now),
      includePrivate,
      oldest: listing.overdueItems,
    }),
  ]);
  return {
    now,
    services,
    incidents,
    reviews,
    items: earlierItems.length === 0 ? items : [...items, ...earlierItems],
    policies,
    overdue,
    overdueItems: listing.overdueItems,
    periods,
  };
}

export type InsightFacts = Awaited<ReturnType<typeof loadInsightFacts>>;

async function loadPolicies(ctx: UseCaseContext): Promise<Record<Severity, Policy>> {
  const list = await Promise.all(
    SEVERITIES.map((s) => loadPolicy(ctx.database.db, ctx.workspace.id, s)),
  );
  return Object.fromEntries(SEVERITIES.map((s, i) => [s, list[i]!])) as Record<Severity, Policy>;
}

function teamLookup(services: readonly Service[]) {
  const teams = new Map(services.map((s) => [s.name, s.owningTeam]));
  return (service: string) => teams.get(service) ?? null;
}

export function responseInsightsOf(facts: InsightFacts) {
  return {
    ...computeResponseMetrics(facts.incidents, facts.periods, teamLookup(facts.services)),
    frequency: computeIncidentFrequency(facts.incidents, facts.periods),
  };
}

export function followThroughInsightsOf(facts: InsightFacts) {
  const byId = new Map(facts.incidents.map((i) => [i.id, i]));
  return {
    ...computeFollowThrough(
      facts.items,
      byId,
      facts.periods,
      teamLookup(facts.services),
      facts.now,
      facts.overdue,
      facts.overdueItems,
    ),
    reviewCompletion: {
      definition: REVIEW_COMPLETION_DEFINITION,
      rows: computeReviewCompletion(
        facts.incidents,
        facts.reviews,
        facts.policies,
        facts.periods,
        facts.now,
      ),
    },
  };
}

export function recurrenceInsightsOf(facts: InsightFacts, query: InsightQuery) {
  const items = new Map(facts.items.map((item) => [item.id, item]));
  return findRecurrences(
    facts.incidents,
    facts.reviews,
    items,
    facts.periods,
    query.recurrenceDays,
  );
}

/**
 * Budgets of `services` (all with an SLO by default); an exhausted one lists the first
 * `freezeItems` items it waits on (all when absent), read only for the exhausted services.
 * `freezeCounts` are the services' counts when the caller has them already.
 */
export async function errorBudgetsOf(
  ctx: UseCaseContext,
  facts: InsightFacts,
  options: {
    services?: readonly Service[];
    freezeItems?: number;
    freezeCounts?: ReadonlyMap<string, number>;
  } = {},
) {
  const budgets = computeErrorBudgets(
    options.services ?? facts.services,
    facts.incidents,
    facts.reviews,
    facts.now,
  );
  const exhausted = exhaustedServicesOf(budgets);
  if (exhausted.length === 0) return budgets;
  const freezes = await listFreezeFacts(ctx.database.db, ctx.workspace.id, exhausted, {
    includePrivate: canSeePrivate(ctx),
    limit: options.freezeItems,
    counts: options.freezeCounts,
  });
  return attachFreezes(budgets, freezes);
}

export async function errorBudgetInsightsOf(
  ctx: UseCaseContext,
  facts: InsightFacts,
  freezeItems?: number,
  freezeCounts?: ReadonlyMap<string, number>,
) {
  return {
    definition: ERROR_BUDGET_DEFINITION,
    budgets: await errorBudgetsOf(ctx, facts, { freezeItems, freezeCounts }),
  };
}

/** Costs of the range; `listed` caps the incidents listed, costliest first (all by default). */
export function costInsightsOf(facts: InsightFacts, listed?: number) {
  return computeDowntimeCost(facts.incidents, facts.reviews, facts.periods, listed);
}

export async function getResponseInsights(ctx: UseCaseContext, query: InsightQuery) {
  return responseInsightsOf(await loadInsightFacts(ctx, query, { overdueItems: 0 }));
}

export async function getFollowThroughInsights(ctx: UseCaseContext, query: InsightQuery) {
  return followThroughInsightsOf(await loadInsightFacts(ctx, query));
}

export async function getRecurrenceInsights(ctx: UseCaseContext, query: InsightQuery) {
  return recurrenceInsightsOf(await loadInsightFacts(ctx, query, { overdueItems: 0 }), query);
}

export async function getErrorBudgetInsights(ctx: UseCaseContext, query: InsightQuery) {
  return errorBudgetInsightsOf(ctx, await loadInsightFacts(ctx, query, { overdueItems: 0 }));
}

export async function getCostInsights(ctx: UseCaseContext, query: InsightQuery) {
  return costInsightsOf(await loadInsightFacts(ctx, query, { overdueItems: 0 }));
}

/** Keys behind a figure in the overview are capped; the full lists are in `/insights/response`. */
export const OVERVIEW_KEY_LIMIT = 20;

/**
 * The overview: response metrics (all incidents, per period and total; the slices are in
 * `/insights/response`), frequency, follow-through, recurrence, budgets and the cost headline.
 */
export async function getInsightsOverview(ctx: UseCaseContext, query: InsightQuery) {
  return cachedInsight(ctx, ['overview', query], () => computeInsightsOverview(ctx, query));
}

async function computeInsightsOverview(ctx: UseCaseContext, query: InsightQuery) {
  const [facts, freezeCounts] = await Promise.all([
    loadInsightFacts(ctx, query, { overdueItems: OVERVIEW_KEY_LIMIT }),
    countFreezeItemsEarly(ctx),
  ]);
  // Only the `all` slice is shown here, so the per-severity, service and team slices are skipped.
  const response = computeResponseMetrics(
    facts.incidents,
    facts.periods,
    teamLookup(facts.services),
    ['all'],
  );
  const frequency = computeIncidentFrequency(facts.incidents, facts.periods);
  const followThrough = followThroughInsightsOf(facts);
  const recurrence = recurrenceInsightsOf(facts, query);
  const budgets = await errorBudgetInsightsOf(ctx, facts, OVERVIEW_KEY_LIMIT, freezeCounts);
  const cost = costInsightsOf(facts, 5);
  return {
    range: { from: query.from, to: query.to, zone: query.zone, period: query.period },
    periods: facts.periods,
    response: {
      cancelled: response.cancelledKeys.length,
      figures: response.figures.map((f) => ({
        ...f,
        incidentKeys: f.incidentKeys.slice(0, OVERVIEW_KEY_LIMIT),
        excludedKeys: f.excludedKeys.slice(0, OVERVIEW_KEY_LIMIT),
        keysTruncated:
          f.incidentKeys.length > OVERVIEW_KEY_LIMIT || f.excludedKeys.length > OVERVIEW_KEY_LIMIT,
      })),
    },
    frequency,
    followThrough: {
      rows: followThrough.rows,
      onTime: followThrough.onTime.filter((r) => r.dimension !== 'service'),
      overdue: followThrough.overdue,
      reviewCompletion: followThrough.reviewCompletion,
      definitions: followThrough.definitions,
    },
    recurrence: {
      windowDays: recurrence.windowDays,
      definition: recurrence.definition,
      rows: recurrence.rows,
      recurring: recurrence.recurrences.length,
      latest: recurrence.recurrences.slice(-OVERVIEW_KEY_LIMIT).reverse(),
    },
    // A long-exhausted budget can wait on thousands of items; the full list is in /insights/error-budgets.
    errorBudgets: budgets.budgets.map(({ spends, ...budget }) => ({
      ...budget,
      incidents: spends.length,
    })),
    cost: {
      definition: cost.definition,
      totals: cost.totals,
      unestimated: cost.unestimatedKeys.length,
      costliest: cost.incidents.slice(0, 5),
    },
  };
}

/**
 * What exhausted budgets wait on is counted before anyone knows whether a budget is exhausted,
 * where that is free: PostgreSQL counts on another connection while this process reads the facts
 * (the count takes 50–60 ms at 100,000 incidents). SQLite reads one query at a time, so there
 * the count waits until a budget turns out exhausted, and is skipped when none is.
 */
async function countFreezeItemsEarly(ctx: UseCaseContext) {
  if (ctx.database.dialect !== 'postgres') return undefined;
  return countFreezeItems(ctx.database.db, ctx.workspace.id, {
    includePrivate: canSeePrivate(ctx),
  });
}
