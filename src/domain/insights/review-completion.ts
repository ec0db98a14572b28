/** @module Review completion: the share of required reviews published within the policy's deadline. */

import type { Severity } from '../incident.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../instant.js';
import type { Policy } from '../review/policy.js';
import type { IncidentFacts, ReviewFacts } from './insight-facts.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';

export interface CompletionRow {
  period: string;
  /** Required reviews whose deadline has passed, or that were published already. */
  due: number;
  onTime: number;
  late: number;
  /** Due and still not published. */
  missing: number;
  rate: number | null;
  lateKeys: string[];
}

export const REVIEW_COMPLETION_DEFINITION =
  'resolved incidents whose severity requires a review, counted in the period they were resolved: published by the publish deadline (resolution + the policy’s publish hours) out of those published or past the deadline';

/** Completion per period (by resolution instant) and for the whole range (`total`). */
export function computeReviewCompletion(
  incidents: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
  policies: Record<Severity, Policy>,
  periods: readonly PeriodBucket[],
  now: Instant,
): CompletionRow[] {
  const rows: CompletionRow[] = [...periods.map((p) => p.key), 'total'].map((period) => ({
    period,
    due: 0,
    onTime: 0,
    late: 0,
    missing: 0,
    rate: null,
    lateKeys: [],
  }));
  const total = rows.at(-1)!;
  for (const incident of incidents) {
    const resolved = incident.milestones.resolved;
    const policy = policies[incident.severity];
    if (incident.status === 'cancelled' || resolved === null || !policy.reviewRequired) continue;
    const index = findPeriodIndex(periods, resolved);
    if (index === -1) continue;
    const review = reviews.get(incident.id);
    const dueAt =
      review?.publishDueAt ??
      instantFromEpochMs(epochMsOf(resolved) + policy.publishDueHours * 3_600_000);
    const published = review?.status === 'published' ? review.publishedAt : null;
    if (published === null && dueAt > now) continue;
    for (const row of [rows[index]!, total]) {
      row.due += 1;
      if (published !== null && published <= dueAt) row.onTime += 1;
      else {
        row.lateKeys.push(incident.key);
        if (published === null) row.missing += 1;
        else row.late += 1;
      }
    }
  }
  return rows.map((row) => ({ ...row, rate: row.due === 0 ? null : row.onTime / row.due }));
}
