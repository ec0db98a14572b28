/** @module Axis scales for the hand-drawn charts: a round top value and evenly spaced ticks. */

/** Steps a duration axis may use, in seconds: round minutes, hours, then days. */
const DURATION_STEPS = [
  1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
];
const DAY = 86_400;

export interface ChartScale {
  /** The value at the top of the chart: a whole number of steps, at least the largest value. */
  max: number;
  /** From 0 to `max`, one per step. */
  ticks: number[];
}

function scaleFrom(largest: number, step: number): ChartScale {
  const steps = Math.max(1, Math.ceil(largest / step));
  return { max: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) };
}

/** The smallest of 1, 2 or 5 × a power of ten that is at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
}

/** A count axis (incidents, items): steps of 1, 2 or 5 × a power of ten, at most `count` of them. */
export function countScale(largest: number, count = 4): ChartScale {
  if (!(largest > 0)) return scaleFrom(1, 1);
  return scaleFrom(largest, Math.max(1, niceStep(largest / count)));
}

/** A duration axis in seconds: steps that read as round times (5 min, 1 h, 2 d), at most `count`. */
export function durationScale(largestSeconds: number, count = 4): ChartScale {
  if (!(largestSeconds > 0)) return scaleFrom(60, 60);
  const rough = largestSeconds / count;
  const step = DURATION_STEPS.find((s) => s >= rough) ?? DAY * niceStep(rough / DAY);
  return scaleFrom(largestSeconds, step);
}

/** Where `value` lands on an axis `extent` pixels long whose top is `max`; clamped to the axis. */
export function scaleValue(value: number, max: number, extent: number): number {
  if (!(max > 0)) return 0;
  return Math.min(extent, Math.max(0, (value / max) * extent));
}
