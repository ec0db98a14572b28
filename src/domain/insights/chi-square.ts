/** @module Chi-square goodness of fit with an exact p-value from the regularized incomplete gamma function. */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = 0.99999999999980993;
  LANCZOS.forEach((c, i) => {
    sum += c / (z + i + 1);
  });
  const t = z + LANCZOS.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPSILON = 1e-15;
const MAX_ITERATIONS = 10_000;

/**
 * Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function: a series below
 * x = a + 1 and a continued fraction (modified Lentz) above, where each converges quickly.
 */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x < a + 1) return 1 - lowerSeries(a, x);
  return upperContinuedFraction(a, x);
}

function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function upperContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/**
 * P(X ≥ statistic) for a chi-square distribution with `df` degrees of freedom.
 * @example chiSquarePValue(3.841458820694124, 1) // ≈ 0.05
 */
export function chiSquarePValue(statistic: number, df: number): number {
  if (df <= 0) return 1;
  return Math.min(1, Math.max(0, regularizedGammaQ(df / 2, statistic / 2)));
}

export interface GoodnessOfFit {
  statistic: number;
  df: number;
  pValue: number;
}

/** Pearson's chi-square of `observed` against `expected` counts (cells with 0 expected are skipped). */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expected: readonly number[],
): GoodnessOfFit {
  let statistic = 0;
  let cells = 0;
  observed.forEach((o, i) => {
    const e = expected[i] ?? 0;
    if (e <= 0) return;
    statistic += (o - e) ** 2 / e;
    cells += 1;
  });
  const df = cells - 1;
  return { statistic, df, pValue: chiSquarePValue(statistic, df) };
}

/**
 * Holm's step-down adjustment: adjusted p-values, in the input order, that keep the chance of any
 * false finding among them at or below the level they are compared with.
 * @example adjustHolm([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 */
export function adjustHolm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
