/** @module How many incidents started in each period, by severity, and the trend across periods. */
import { SEVERITIES, type Severity } from '../incident.js';
import { anchorOf, type IncidentFacts } from './insight-facts.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';

export interface FrequencyRow {
  period: string;
  /** Incidents not cancelled. */
  count: number;
  bySeverity: Record<Severity, number>;
  cancelled: number;
  /** True when the range cut the period short: its count is not comparable to a full one. */
  partial: boolean;
}

export interface FrequencyTrend {
  /** Least-squares slope over the periods: incidents per period, per period. */
  slopePerPeriod: number | null;
  /** The last full period minus the one before it. */
  change: number | null;
  /** `change` as a fraction of the earlier period (null when that was 0). */
  changeFraction: number | null;
  direction: 'rising' | 'falling' | 'flat' | 'unknown';
}

export interface IncidentFrequency {
  rows: FrequencyRow[];
  total: number;
  trend: FrequencyTrend;
}

/** Counts per period (cancelled incidents apart) and the trend over the full periods. */
export function computeIncidentFrequency(
  incidents: readonly IncidentFacts[],
  periods: readonly PeriodBucket[],
): IncidentFrequency {
  const rows: FrequencyRow[] = periods.map((period) => ({
    period: period.key,
    count: 0,
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    cancelled: 0,
    partial: period.partial,
  }));
  for (const incident of incidents) {
    const index = findPeriodIndex(periods, anchorOf(incident));
    if (index === -1) continue;
    const row = rows[index]!;
    if (incident.status === 'cancelled') {
      row.cancelled += 1;
    } else {
      row.count += 1;
      row.bySeverity[incident.severity] += 1;
    }
  }
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    rows,
    total,
    trend: trendOf(rows.filter((row) => !row.partial).map((row) => row.count)),
  };
}

/**
 * Slope by least squares over `counts` (x = 0, 1, 2, …) and the change between the last two.
 * @example trendOf([2, 4, 6]).slopePerPeriod // 2
 */
export function trendOf(counts: readonly number[]): FrequencyTrend {
  const n = counts.length;
  if (n < 2)
    return { slopePerPeriod: null, change: null, changeFraction: null, direction: 'unknown' };
  const meanX = (n - 1) / 2;
  const meanY = counts.reduce((a, b) => a + b, 0) / n;
  let numerator = 0;
  let denominator = 0;
  counts.forEach((y, x) => {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  });
  const slope = numerator / denominator;
  const last = counts[n - 1]!;
  const previous = counts[n - 2]!;
  // Less than a tenth of the mean per period is within what counting noise produces.
  const flatBand = Math.max(0.1 * meanY, 1e-9);
  return {
    slopePerPeriod: slope,
    change: last - previous,
    changeFraction: previous === 0 ? null : (last - previous) / previous,
    direction: Math.abs(slope) < flatBand ? 'flat' : slope > 0 ? 'rising' : 'falling',
  };
}
