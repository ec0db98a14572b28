/** @module The cost of downtime per incident (from its review's impact inputs) and totals per period and service. */
import { costFiguresOf, costFormulaOf } from '../review/cost.js';
import type { ImpactInputs } from '../review/impact-inputs.js';
import { anchorOf, type IncidentFacts, type ReviewFacts } from './insight-facts.js';
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
  // Formulas are text for people to read: written only for the incidents listed.
  const costs: (Omit<IncidentCost, 'formula'> & { inputs: ImpactInputs })[] = [];
  const unestimatedKeys: string[] = [];
  const totals = new Map<string, CostTotal>();
  const add = (
    dimension: CostTotal['dimension'],
    value: string,
    currency: string,
    amount: number,
  ) => {
    const key = `${dimension}\u0000${value}\u0000${currency}`;
    const row = totals.get(key) ?? { dimension, value, currency, total: 0, incidents: 0 };
    row.total += amount;
    row.incidents += 1;
    totals.set(key, row);
  };
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
    costs.push({
      incidentKey: incident.key,
      period,
      services: incident.services,
      total: estimate.total,
      ...estimate.parts,
      currency: estimate.currency,
      inputs: review.impact,
    });
    add('all', 'all', estimate.currency, estimate.total);
    add('period', period, estimate.currency, estimate.total);
    const services = [...new Set(incident.services)];
    for (const service of services)
      add('service', service, estimate.currency, estimate.total / services.length);
  }
  const order = new Map(periods.map((p, i) => [p.key, i]));
  const rank = { all: 0, period: 1, service: 2 };
  const rows = [...totals.values()]
    .map((row) => ({ ...row, total: Math.round(row.total * 100) / 100 }))
    .sort(
      (a, b) =>
        rank[a.dimension] - rank[b.dimension] ||
        (a.dimension === 'period' ? order.get(a.value)! - order.get(b.value)! : 0) ||
        (a.dimension === 'service' ? b.total - a.total : 0) ||
        a.value.localeCompare(b.value) ||
        a.currency.localeCompare(b.currency),
    );
  costs.sort((a, b) => b.total - a.total || a.incidentKey.localeCompare(b.incidentKey));
  const listedCosts = costs
    .slice(0, listed)
    .map(({ inputs, ...cost }): IncidentCost => ({ ...cost, formula: costFormulaOf(inputs) }));
  return {
    incidents: listedCosts,
    totals: rows,
    unestimatedKeys,
    definition: DOWNTIME_COST_DEFINITION,
  };
}
