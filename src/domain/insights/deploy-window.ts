/** @module The deploy-window effect: incidents by time since the latest deploy to their service, against the time those windows cover. */
import { epochMsOf, type Instant } from '../instant.js';
import type { PatternInput } from './pattern-test.js';

const HOUR_MS = 3_600_000;

export const DEPLOY_WINDOWS = [
  { value: '< 1 h', from: 0, to: HOUR_MS },
  { value: '1–6 h', from: HOUR_MS, to: 6 * HOUR_MS },
  { value: '6–24 h', from: 6 * HOUR_MS, to: 24 * HOUR_MS },
  { value: '> 24 h or none', from: 24 * HOUR_MS, to: Number.POSITIVE_INFINITY },
] as const;

/** Deploy instants of each service; include the 24 hours before the range so early incidents are placed right. */
export type DeploysByService = ReadonlyMap<string, readonly Instant[]>;

/** The window index of `at` given a service's sorted deploy instants (ms). */
export function deployWindowIndex(sortedDeploys: readonly number[], atMs: number): number {
  let low = 0;
  let high = sortedDeploys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedDeploys[middle]! <= atMs) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return DEPLOY_WINDOWS.length - 1;
  const since = atMs - sortedDeploys[low - 1]!;
  return DEPLOY_WINDOWS.findIndex((w) => since >= w.from && since < w.to);
}

/** How long, in ms, `[from, to)` spent in each window for one service's sorted deploys. */
export function windowCoverage(
  sortedDeploys: readonly number[],
  fromMs: number,
  toMs: number,
): number[] {
  const cover = DEPLOY_WINDOWS.map(() => 0);
  const overlap = (a: number, b: number) => Math.max(0, Math.min(b, toMs) - Math.max(a, fromMs));
  const first = sortedDeploys[0] ?? Number.POSITIVE_INFINITY;
  cover[DEPLOY_WINDOWS.length - 1]! += overlap(Number.NEGATIVE_INFINITY, first);
  sortedDeploys.forEach((deploy, i) => {
    const next = sortedDeploys[i + 1] ?? Number.POSITIVE_INFINITY;
    DEPLOY_WINDOWS.forEach((w, index) => {
      cover[index]! += overlap(deploy + w.from, Math.min(deploy + w.to, next));
    });
  });
  return cover;
}

/**
 * The `deployWindow` test input: each incident is placed by the latest deploy to its primary
 * (first) service; the baseline weights each service's window coverage by its incident count.
 */
export function buildDeployWindowInput(
  incidents: readonly { start: Instant; service: string }[],
  deploys: DeploysByService,
  from: Instant,
  to: Instant,
): PatternInput {
  const fromMs = epochMsOf(from);
  const toMs = epochMsOf(to);
  const sorted = new Map<string, number[]>();
  for (const [service, instants] of deploys) {
    sorted.set(
      service,
      instants.map(epochMsOf).sort((a, b) => a - b),
    );
  }
  const observed = DEPLOY_WINDOWS.map(() => 0);
  const perService = new Map<string, number>();
  for (const incident of incidents) {
    observed[deployWindowIndex(sorted.get(incident.service) ?? [], epochMsOf(incident.start))]! +=
      1;
    perService.set(incident.service, (perService.get(incident.service) ?? 0) + 1);
  }
  const expectedShare = DEPLOY_WINDOWS.map(() => 0);
  const span = toMs - fromMs;
  for (const [service, count] of perService) {
    const cover = windowCoverage(sorted.get(service) ?? [], fromMs, toMs);
    cover.forEach((ms, i) => {
      expectedShare[i]! += span > 0 ? (count * ms) / span : 0;
    });
  }
  return {
    dimension: 'deployWindow',
    scope: null,
    baseline:
      'the share of the range each service spent in each window since its latest deploy signal, weighted by its incidents',
    cells: DEPLOY_WINDOWS.map((w, i) => ({
      value: w.value,
      observed: observed[i]!,
      expectedShare: expectedShare[i]!,
    })),
  };
}
