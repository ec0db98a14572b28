/** @module The most common factor categories and triggers per service, and which categories a service has more of than the rest. */
import type { PatternInput } from './pattern-test.js';

export interface ServiceFactors {
  service: string;
  /** Each incident counts once per category its review names. */
  categories: Record<string, number>;
  /** Incident tags, the nearest thing to a trigger an incident records. */
  triggers: Record<string, number>;
}

export interface TopCount {
  value: string;
  count: number;
}

/** Top `limit` entries of a count table, most common first (ties by name). */
export function topCounts(counts: Record<string, number>, limit: number): TopCount[] {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

/**
 * One `factorCategory` input per service: its category counts against the workspace's overall
 * category shares, so "checkout has twice the process factors of everyone else" is tested.
 */
export function buildFactorCategoryInputs(services: readonly ServiceFactors[]): PatternInput[] {
  const overall: Record<string, number> = {};
  for (const service of services) {
    for (const [category, count] of Object.entries(service.categories)) {
      overall[category] = (overall[category] ?? 0) + count;
    }
  }
  const categories = Object.keys(overall).sort();
  return services.map((service) => ({
    dimension: 'factorCategory',
    scope: service.service,
    baseline: 'the workspace’s share of each factor category across all services',
    cells: categories.map((category) => ({
      value: category,
      observed: service.categories[category] ?? 0,
      expectedShare: overall[category]!,
    })),
  }));
}
