/** @module The cost of downtime per incident (from its review's impact inputs) and totals per period and service. */
import { costFiguresOf, costFormulaOf } from '../review/cost.js';
import type { ImpactInputs } from '../review/impact-inputs.js';
import { distinct } from './distinct.js';
import { anchorOf, type IncidentFacts, type ReviewFacts } from './insight-facts.js';
import { keepFirst } from './keep-first.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';

export interface IncidentCost {
  incidentKey: string;
  period: string;
  services: string[];
  total: number;
  lostRevenue: number;
  responderCost: number;
  slaCredits: number;
  currency: string;
  formula: string;
}

export interface CostTotal {
  dimension: 'period' | 'service' | 'all';
  value: string;
  currency: string;
  total: number;
  incidents: number;
}

export interface DowntimeCost {
  incidents: IncidentCost[];
  totals: CostTotal[];
  /** Incidents in range without a review: their cost is unknown, not zero. */
  unestimatedKeys: string[];
  definition: string;
}

export const DOWNTIME_COST_DEFINITION =
  'per incident, the review’s impact inputs: lost revenue (revenue per hour × minutes ÷ 60 × impact fraction) + responder hours × rate + SLA credits; a service’s total splits each incident’s cost evenly over its services; totals are per currency';

/**
 * Costs of the incidents anchored in `periods` that have a review; cancelled incidents included
 * only if reviewed. `listed` caps the incidents listed, costliest first (totals count them all).
 */
export function computeDowntimeCost(
  incidents: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
  periods: readonly PeriodBucket[],
  listed = Number.POSITIVE_INFINITY,
): DowntimeCost {
  // Formulas are text for people to read: written only for the incidents listed. With a short
  // list, only the costliest few are kept as they come rather than all sorted.
  const costs: Costed[] = [];
  const keepAll = !Number.isFinite(listed);
  const unestimatedKeys: string[] = [];
  const totals = new CostTotals();
  for (const incident of incidents) {
    const index = findPeriodIndex(periods, anchorOf(incident));
    if (index === -1) continue;
    const review = reviews.get(incident.id);
    if (!review) {
      if (incident.status !== 'cancelled') unestimatedKeys.push(incident.key);
      continue;
    }
    const estimate = costFiguresOf(review.impact);
    const period = periods[index]!.key;
    const costed: Costed = { incident, period, estimate, inputs: review.impact };
    if (keepAll) costs.push(costed);
    else keepFirst(costs, costed, listed, compareCosted);
    const { currency, total } = estimate;
    totals.add('all', 'all', currency, total);
    totals.add('period', period, currency, total);
    const services = distinct(incident.services);
    for (const service of services)
      totals.add('service', service, currency, total / services.length);
  }
  if (keepAll) costs.sort(compareCosted);
  const order = new Map(periods.map((p, i) => [p.key, i]));
  const rank = { all: 0, period: 1, service: 2 };
  const rows = totals
    .rows()
    .map((row) => ({ ...row, total: Math.round(row.total * 100) / 100 }))
    .sort(
      (a, b) =>
        rank[a.dimension] - rank[b.dimension] ||
        (a.dimension === 'period' ? order.get(a.value)! - order.get(b.value)! : 0) ||
        (a.dimension === 'service' ? b.total - a.total : 0) ||
        a.value.localeCompare(b.value) ||
        a.currency.localeCompare(b.currency),
    );
  const listedCosts = costs.slice(0, listed).map(
    ({ incident, period, estimate, inputs }): IncidentCost => ({
      incidentKey: incident.key,
      period,
      services: incident.services,
      total: estimate.total,
      ...estimate.parts,
      currency: estimate.currency,
      formula: costFormulaOf(inputs),
    }),
  );
  return {
    incidents: listedCosts,
    totals: rows,
    unestimatedKeys,
    definition: DOWNTIME_COST_DEFINITION,
  };
}

interface Costed {
  incident: IncidentFacts;
  period: string;
  estimate: ReturnType<typeof costFiguresOf>;
  inputs: ImpactInputs;
}

/** Costliest first; equal costs by incident key. */
function compareCosted(a: Costed, b: Costed): number {
  return b.estimate.total - a.estimate.total || a.incident.key.localeCompare(b.incident.key);
}

/** Running totals per dimension, value and currency (nested maps: no key text per addition). */
class CostTotals {
  private readonly byDimension = new Map<
    CostTotal['dimension'],
    Map<string, Map<string, CostTotal>>
  >();

  add(dimension: CostTotal['dimension'], value: string, currency: string, amount: number): void {
    let byValue = this.byDimension.get(dimension);
    if (!byValue) {
      byValue = new Map();
      this.byDimension.set(dimension, byValue);
    }
    let byCurrency = byValue.get(value);
    if (!byCurrency) {
      byCurrency = new Map();
      byValue.set(value, byCurrency);
    }
    const row = byCurrency.get(currency);
    if (row) {
      row.total += amount;
      row.incidents += 1;
    } else byCurrency.set(currency, { dimension, value, currency, total: amount, incidents: 1 });
  }

  rows(): CostTotal[] {
    const rows: CostTotal[] = [];
    for (const byValue of this.byDimension.values()) {
      for (const byCurrency of byValue.values()) rows.push(...byCurrency.values());
    }
    return rows;
  }
}
