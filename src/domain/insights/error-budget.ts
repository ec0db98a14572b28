/** @module Error budgets per service: the SLO's allowance of downtime over its rolling window, what incidents spent, and the burn rate. */
import { epochMsOf, type Instant } from '../instant.js';
import type { Service } from '../service.js';
import type { FreezeFacts, IncidentFacts, ReviewFacts } from './insight-facts.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type ImpactBasis = 'review' | 'milestones';

export interface BudgetSpend {
  incidentKey: string;
  /** Minutes of impact inside the window, before the fraction. */
  minutes: number;
  fraction: number;
  /** minutes × fraction. */
  badMinutes: number;
  basis: ImpactBasis;
}

export interface ErrorBudget {
  service: string;
  sloTarget: number;
  windowDays: number;
  windowStart: Instant;
  windowEnd: Instant;
  /** (1 − target) × window, in minutes. */
  budgetMinutes: number;
  consumedMinutes: number;
  remainingMinutes: number;
  remainingFraction: number;
  /** Budget spent ÷ budget allowed for the time elapsed: 1 spends it exactly over the window. */
  burnRate: number;
  /** The same over the last 7 days (or the window, if shorter). */
  burnRate7d: number;
  exhausted: boolean;
  /** Set when exhausted: what the service's reviews say and do until the items below are verified. */
  message: string | null;
  /**
   * Unverified items of the reviews of this service's incidents (won't-do items left out), oldest
   * incident first; all of them or the first few, as the caller asked storage for them.
   */
  freezeItems: FreezeFacts['items'];
  /** How many items the freeze waits on. */
  freezeItemCount: number;
  spends: BudgetSpend[];
  /** Incidents in the window without an impact start: not measurable, so not counted. */
  unmeasuredKeys: string[];
}

export const ERROR_BUDGET_DEFINITION =
  'budget = (1 − SLO target) × the rolling window ending now; each incident of the service (not cancelled) spends its impact inside the window × its impact fraction: from its review’s impact inputs when the review gives a duration (impact start + that many minutes, at its fraction), else from impact started to mitigated (else resolved, else now) at fraction 1';

/**
 * The error budget of every catalog service with an SLO target, as of `now`. An exhausted budget
 * lists nothing and has no message yet: storage reads freeze facts only for the services
 * `exhaustedServicesOf` names, and `attachFreezes` adds them and the message.
 */
export function computeErrorBudgets(
  services: readonly Service[],
  incidents: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
  now: Instant,
): ErrorBudget[] {
  const nowMs = epochMsOf(now);
  const budgeted = services.filter((service) => service.sloTarget !== null);
  const byService = measureByService(incidents, reviews, budgeted, nowMs);
  const budgets = budgeted.map((service) => {
    const windowMs = service.sloWindowDays * DAY_MS;
    const startMs = nowMs - windowMs;
    const recentMs = nowMs - Math.min(7 * DAY_MS, windowMs);
    const budgetMinutes = ((1 - service.sloTarget!) * windowMs) / MINUTE_MS;
    const spends: BudgetSpend[] = [];
    const unmeasuredKeys: string[] = [];
    let recentBad = 0;
    for (const { incident, impact, seenMs } of byService.get(service.name) ?? []) {
      if (impact === null) {
        if (seenMs >= startMs && seenMs <= nowMs) unmeasuredKeys.push(incident.key);
        continue;
      }
      const inside = overlapMs(impact.start, impact.end, startMs, nowMs);
      if (inside <= 0) continue;
      const minutes = inside / MINUTE_MS;
      spends.push({
        incidentKey: incident.key,
        minutes,
        fraction: impact.fraction,
        badMinutes: minutes * impact.fraction,
        basis: impact.basis,
      });
      recentBad +=
        (overlapMs(impact.start, impact.end, recentMs, nowMs) / MINUTE_MS) * impact.fraction;
    }
    const consumed = spends.reduce((sum, s) => sum + s.badMinutes, 0);
    const remaining = budgetMinutes - consumed;
    const exhausted = remaining <= 0;
    const recentBudget = (budgetMinutes * (nowMs - recentMs)) / windowMs;
    return {
      service: service.name,
      sloTarget: service.sloTarget!,
      windowDays: service.sloWindowDays,
      windowStart: new Date(startMs).toISOString() as Instant,
      windowEnd: now,
      budgetMinutes,
      consumedMinutes: consumed,
      remainingMinutes: remaining,
      remainingFraction: budgetMinutes > 0 ? remaining / budgetMinutes : 0,
      burnRate: budgetMinutes > 0 ? consumed / budgetMinutes : 0,
      burnRate7d: recentBudget > 0 ? recentBad / recentBudget : 0,
      exhausted,
      message: null,
      freezeItems: [],
      freezeItemCount: 0,
      spends,
      unmeasuredKeys,
    };
  });
  return budgets;
}

interface Measured {
  incident: IncidentFacts;
  impact: Impact | null;
  /** When the incident was seen (detected, else declared), for an unmeasurable one. */
  seenMs: number;
}

type Impact = { start: number; end: number; fraction: number; basis: ImpactBasis };

/**
 * Each incident (not cancelled) of a budgeted service, measured once however many of those
 * services it affected, listed under each; one that ended before every window began is left out.
 */
function measureByService(
  incidents: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
  budgeted: readonly Service[],
  nowMs: number,
): Map<string, Measured[]> {
  const byService = new Map<string, Measured[]>(budgeted.map((s) => [s.name, []]));
  const earliestMs = nowMs - Math.max(0, ...budgeted.map((s) => s.sloWindowDays)) * DAY_MS;
  for (const incident of incidents) {
    if (incident.status === 'cancelled') continue;
    let measured: Measured | null = null;
    for (let i = 0; i < incident.services.length; i++) {
      const service = incident.services[i]!;
      const list = byService.get(service);
      // A service named twice counts the incident once.
      if (!list || incident.services.indexOf(service) !== i) continue;
      if (measured === null) {
        const impact = impactOf(incident, reviews.get(incident.id), nowMs);
        const seen = incident.milestones.detected ?? incident.declaredAt;
        measured = { incident, impact, seenMs: impact === null ? epochMsOf(seen) : 0 };
        const endMs = impact === null ? measured.seenMs : impact.end;
        if (endMs < earliestMs) break;
      }
      list.push(measured);
    }
  }
  return byService;
}

const NO_FREEZE: FreezeFacts = { count: 0, items: [] };

/** Exhausted budgets with what they wait on, from `freezes`, and the message their reviews show. */
export function attachFreezes(
  budgets: readonly ErrorBudget[],
  freezes: ReadonlyMap<string, FreezeFacts>,
): ErrorBudget[] {
  return budgets.map((budget) => {
    if (!budget.exhausted) return budget;
    const freeze = freezes.get(budget.service) ?? NO_FREEZE;
    return {
      ...budget,
      message: `error budget exhausted: feature freeze until these action items are verified (${freeze.count} open)`,
      freezeItems: freeze.items,
      freezeItemCount: freeze.count,
    };
  });
}

/** The services whose budgets are exhausted: those whose freeze facts the second pass needs. */
export function exhaustedServicesOf(budgets: readonly ErrorBudget[]): string[] {
  return budgets.filter((budget) => budget.exhausted).map((budget) => budget.service);
}

function impactOf(
  incident: IncidentFacts,
  review: ReviewFacts | undefined,
  nowMs: number,
): Impact | null {
  const started = incident.milestones.impactStarted;
  if (started === null) return null;
  const start = epochMsOf(started);
  const minutes = review?.impact?.durationMinutes;
  if (review && minutes !== null && minutes !== undefined) {
    return {
      start,
      end: start + minutes * MINUTE_MS,
      fraction: review.impact.impactFraction,
      basis: 'review',
    };
  }
  const ended = incident.milestones.mitigated ?? incident.milestones.resolved;
  return {
    start,
    end: ended === null ? nowMs : epochMsOf(ended),
    fraction: 1,
    basis: 'milestones',
  };
}

function overlapMs(a: number, b: number, from: number, to: number): number {
  return Math.max(0, Math.min(b, to) - Math.max(a, from));
}
