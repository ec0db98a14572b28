/** @module Figures of the insights screen as people read them: rates, minutes, money, p-values, trends. */
import type { InsightMetric, InsightsOverview } from '../client/types.js';
import { formatDuration } from '../lib/format-duration.js';

export const METRIC_LABELS: Record<InsightMetric, { short: string; name: string }> = {
  mttd: { short: 'MTTD', name: 'Time to detect' },
  mtta: { short: 'MTTA', name: 'Time to acknowledge' },
  mttm: { short: 'MTTM', name: 'Time to mitigate' },
  mttr: { short: 'MTTR', name: 'Time to resolve' },
};

/** A fraction as a whole percentage (`0.667` → `67%`); `—` when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** Minutes as a duration (`2 h 5 min`); negative budgets keep their sign. */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * 60);
}

/** An amount in its currency with no cents (`€12,400`), or the code after the number when unknown. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount).toLocaleString('en')} ${currency}`;
  }
}

/** A p-value with two significant digits; tiny ones as `< 0.001`. */
export function formatPValue(p: number | null): string {
  if (p === null) return '—';
  if (p < 0.001) return '< 0.001';
  return String(Number(p.toPrecision(2)));
}

/** A burn rate as a multiple of the sustainable pace (`1.9×`). */
export function formatBurnRate(rate: number): string {
  return `${rate.toFixed(1)}×`;
}

/** The frequency trend in words (`Rising: about 1.5 more incidents each month.`), or what it lacks. */
export function describeTrend(
  trend: InsightsOverview['frequency']['trend'],
  period: string,
): string {
  if (trend.direction === 'unknown' || trend.slopePerPeriod === null) {
    return `Trend unknown: it needs at least two full ${period}s.`;
  }
  const size = Number(Math.abs(trend.slopePerPeriod).toFixed(1));
  if (trend.direction === 'flat' || size === 0) {
    return `Flat: about the same number of incidents each ${period}.`;
  }
  const word = trend.direction === 'rising' ? 'more' : 'fewer';
  const direction = trend.direction === 'rising' ? 'Rising' : 'Falling';
  return `${direction}: about ${size} ${word} incident${size === 1 ? '' : 's'} each ${period}.`;
}
