/** @module Quiet stretches on a timeline: spans between consecutive events long enough to stand out. */

export interface TimeGap {
  fromMs: number;
  toMs: number;
}

/**
 * Gaps between consecutive instants (sorted or not) of at least `minimumMs`, and at least
 * `shareOfSpan` of the whole span, so a long incident does not shade every coffee break.
 */
export function findLongGaps(
  epochMs: readonly number[],
  minimumMs: number,
  shareOfSpan = 0.08,
): TimeGap[] {
  const sorted = [...epochMs].sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const span = sorted[sorted.length - 1]! - sorted[0]!;
  const threshold = Math.max(minimumMs, span * shareOfSpan);
  const gaps: TimeGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const fromMs = sorted[i - 1]!;
    const toMs = sorted[i]!;
    if (toMs - fromMs >= threshold) gaps.push({ fromMs, toMs });
  }
  return gaps;
}
