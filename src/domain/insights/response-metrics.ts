/** @module MTTD, MTTA, MTTM and MTTR per period, sliced by severity, service and owning team. */
import { DURATION_DEFINITIONS, type DurationName } from '../durations.js';
import { epochMsOf } from '../instant.js';
import type { MilestoneName, Milestones } from '../milestones.js';
import { anchorOf, type IncidentFacts } from './insight-facts.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';
import { type SummaryStats, summarizeValues } from './summary-stats.js';

export const RESPONSE_METRICS = ['mttd', 'mtta', 'mttm', 'mttr'] as const;
export type ResponseMetric = (typeof RESPONSE_METRICS)[number];

const DURATION_OF: Record<ResponseMetric, DurationName> = {
  mttd: 'timeToDetect',
  mtta: 'timeToAcknowledge',
  mttm: 'timeToMitigate',
  mttr: 'timeToResolve',
};

/** What each figure measures, shown beside it. */
export const RESPONSE_METRIC_DEFINITIONS: Record<ResponseMetric, string> = Object.fromEntries(
  RESPONSE_METRICS.map((metric) => [
    metric,
    `${DURATION_DEFINITIONS[DURATION_OF[metric]].definition}, in seconds, over incidents whose impact started (else were detected, else declared) in the period; cancelled incidents and incidents missing either milestone are left out (the latter counted as excluded)`,
  ]),
) as Record<ResponseMetric, string>;

export type SliceDimension = 'all' | 'severity' | 'service' | 'team';

export interface ResponseFigure extends SummaryStats {
  /** A period key, or `total` for the whole range. */
  period: string;
  dimension: SliceDimension;
  value: string;
  metric: ResponseMetric;
  definition: string;
  /** Incidents in the slice without both milestones (or with them out of order). */
  excluded: number;
  incidentKeys: string[];
  excludedKeys: string[];
}

export interface ResponseMetrics {
  figures: ResponseFigure[];
  /** Cancelled incidents in range, left out of every figure. */
  cancelledKeys: string[];
}

export const SLICE_DIMENSIONS: readonly SliceDimension[] = ['all', 'severity', 'service', 'team'];

/**
 * Every response figure of the incidents anchored in `periods`, per period and for the whole range,
 * for all incidents and per severity, service and owning team (`teamOf` maps a service to its team).
 * `dimensions` limits the slices computed; the figures of a slice do not depend on the others.
 */
export function computeResponseMetrics(
  incidents: readonly IncidentFacts[],
  periods: readonly PeriodBucket[],
  teamOf: (service: string) => string | null,
  dimensions: readonly SliceDimension[] = SLICE_DIMENSIONS,
): ResponseMetrics {
  const bySeverity = dimensions.includes('severity');
  const byService = dimensions.includes('service');
  const byTeam = dimensions.includes('team');
  const byAll = dimensions.includes('all');
  const groups = new Map<string, Group>();
  const add = (period: string, dimension: SliceDimension, value: string, incident: Measured) => {
    const key = `${period}\u0000${dimension}\u0000${value}`;
    let group = groups.get(key);
    if (!group) {
      group = { period, dimension, value, incidents: [] };
      groups.set(key, group);
    }
    group.incidents.push(incident);
  };
  const cancelledKeys: string[] = [];
  for (const incident of incidents) {
    const index = findPeriodIndex(periods, anchorOf(incident));
    if (index === -1) continue;
    if (incident.status === 'cancelled') {
      cancelledKeys.push(incident.key);
      continue;
    }
    // Each duration is computed once per incident, not once per slice it falls in.
    const measured: Measured = { key: incident.key, seconds: secondsOf(incident.milestones) };
    const teams = new Set<string>();
    if (byTeam) {
      for (const service of incident.services) {
        const team = teamOf(service);
        if (team !== null) teams.add(team);
      }
    }
    for (const period of [periods[index]!.key, 'total']) {
      if (byAll) add(period, 'all', 'all', measured);
      if (bySeverity) add(period, 'severity', incident.severity, measured);
      if (byService) {
        for (const service of new Set(incident.services)) add(period, 'service', service, measured);
      }
      for (const team of teams) add(period, 'team', team, measured);
    }
  }
  const figures: ResponseFigure[] = [];
  for (const group of groups.values()) {
    RESPONSE_METRICS.forEach((metric, index) => {
      figures.push(figureOf(group, metric, index));
    });
  }
  const order = new Map(periods.map((p, i) => [p.key, i]));
  const dimensionOrder: SliceDimension[] = ['all', 'severity', 'service', 'team'];
  figures.sort(
    (a, b) =>
      (order.get(a.period) ?? periods.length) - (order.get(b.period) ?? periods.length) ||
      dimensionOrder.indexOf(a.dimension) - dimensionOrder.indexOf(b.dimension) ||
      a.value.localeCompare(b.value) ||
      RESPONSE_METRICS.indexOf(a.metric) - RESPONSE_METRICS.indexOf(b.metric),
  );
  return { figures, cancelledKeys };
}

interface Measured {
  key: string;
  /** Seconds per metric in RESPONSE_METRICS order; null when a milestone is missing or out of order. */
  seconds: (number | null)[];
}

interface Group {
  period: string;
  dimension: SliceDimension;
  value: string;
  incidents: Measured[];
}

const SPANS = RESPONSE_METRICS.map((metric) => DURATION_DEFINITIONS[DURATION_OF[metric]]);

/** Seconds per metric in RESPONSE_METRICS order, each milestone parsed once. */
function secondsOf(milestones: Milestones): (number | null)[] {
  const parsed: Partial<Record<MilestoneName, number>> = {};
  const msOf = (name: MilestoneName) => {
    parsed[name] ??= epochMsOf(milestones[name]!);
    return parsed[name];
  };
  return SPANS.map(({ from, to }) => {
    const start = milestones[from];
    const end = milestones[to];
    // Milestones out of order are a data problem, not a negative response time.
    if (start === null || end === null || end < start) return null;
    return Math.round((msOf(to) - msOf(from)) / 1000);
  });
}

function figureOf(group: Group, metric: ResponseMetric, index: number): ResponseFigure {
  const values: number[] = [];
  const incidentKeys: string[] = [];
  const excludedKeys: string[] = [];
  for (const incident of group.incidents) {
    const seconds = incident.seconds[index]!;
    if (seconds === null) excludedKeys.push(incident.key);
    else {
      values.push(seconds);
      incidentKeys.push(incident.key);
    }
  }
  return {
    period: group.period,
    dimension: group.dimension,
    value: group.value,
    metric,
    definition: RESPONSE_METRIC_DEFINITIONS[metric],
    ...summarizeValues(values),
    excluded: excludedKeys.length,
    incidentKeys,
    excludedKeys,
  };
}
