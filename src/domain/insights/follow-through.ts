/** @module Action-item follow-through: created, done and verified per period, on-time rates, the overdue backlog. */
import { epochMsOf, type Instant } from '../instant.js';
import type {
  ActionItemFacts,
  IncidentFacts,
  OverdueFacts,
  OverdueItemFacts,
} from './insight-facts.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';
import { percentileOfRuns } from './summary-stats.js';

const DAY_MS = 86_400_000;

export interface FollowThroughRow {
  period: string;
  created: number;
  done: number;
  verified: number;
}

export interface OnTimeRow {
  dimension: 'all' | 'team' | 'service';
  value: string;
  /** Items due in the range that are finished or past due. */
  due: number;
  onTime: number;
  late: number;
  rate: number | null;
}

export interface OverdueItem {
  id: string;
  incidentKey: string;
  title: string;
  owner: string | null;
  dueDate: string;
  ageDays: number;
}

export interface OverdueBacklog {
  count: number;
  medianAgeDays: number | null;
  maxAgeDays: number | null;
  byAge: { '1-7': number; '8-30': number; '31-90': number; '>90': number };
  /** Oldest first. */
  items: OverdueItem[];
}

export interface FollowThrough {
  rows: FollowThroughRow[];
  onTime: OnTimeRow[];
  overdue: OverdueBacklog;
  definitions: Record<'onTime' | 'overdue', string>;
}

/** The instant an item due on `dueDate` stops being on time: the end of that day, UTC. */
export function dueEndOf(dueDate: string): Instant {
  return `${new Date(Date.parse(`${dueDate}T00:00:00.000Z`) + DAY_MS).toISOString()}` as Instant;
}

/**
 * The first day whose items are not yet overdue as of `now`: an item is overdue when it is open
 * or in progress and its due date is before this day (its due day ended at or before `now`).
 */
export function overdueCutoffOf(now: Instant): string {
  return now.slice(0, 10);
}

/** When the item was finished: verification implies it was done, even if `doneAt` was not kept. */
function finishedAt(item: ActionItemFacts): Instant | null {
  if (item.status !== 'done' && item.status !== 'verified') return null;
  return item.doneAt ?? item.verifiedAt;
}

/**
 * Follow-through of `items` over `periods` as of `now`. An item counts for on-time when its due
 * date falls in the range and it is finished or already past due; `wont_do` items count nowhere.
 * The overdue backlog comes from `overdue`, the workspace's overdue items as storage counted them,
 * listing the oldest `overdueLimit` (all when absent).
 */
export function computeFollowThrough(
  items: readonly ActionItemFacts[],
  incidents: ReadonlyMap<string, IncidentFacts>,
  periods: readonly PeriodBucket[],
  teamOf: (service: string) => string | null,
  now: Instant,
  overdue: OverdueFacts,
  overdueLimit = Number.POSITIVE_INFINITY,
): FollowThrough {
  const rows: FollowThroughRow[] = periods.map((p) => ({
    period: p.key,
    created: 0,
    done: 0,
    verified: 0,
  }));
  const onTime = new Map<string, OnTimeRow>();
  const tally = (dimension: OnTimeRow['dimension'], value: string, wasOnTime: boolean) => {
    const key = `${dimension}\u0000${value}`;
    let row = onTime.get(key);
    if (!row) {
      row = { dimension, value, due: 0, onTime: 0, late: 0, rate: null };
      onTime.set(key, row);
    }
    row.due += 1;
    if (wasOnTime) row.onTime += 1;
    else row.late += 1;
  };
  const dueEnds = new Map<string, Instant>();
  const first = periods[0]?.start;
  const last = periods.at(-1)?.end;
  const count = (at: Instant | null, field: 'created' | 'done' | 'verified') => {
    if (at === null) return;
    const index = findPeriodIndex(periods, at);
    if (index !== -1) rows[index]![field] += 1;
  };
  for (const item of items) {
    count(item.createdAt, 'created');
    count(finishedAt(item), 'done');
    count(item.status === 'verified' ? item.verifiedAt : null, 'verified');
    if (item.status === 'wont_do' || item.dueDate === null) continue;
    // Many items share a due date: each day's end is formatted once, not once per item.
    let dueEnd = dueEnds.get(item.dueDate);
    if (dueEnd === undefined) {
      dueEnd = dueEndOf(item.dueDate);
      dueEnds.set(item.dueDate, dueEnd);
    }
    const finished = finishedAt(item);
    const incident = incidents.get(item.incidentId) ?? item.incident;
    const dueInRange =
      first !== undefined && last !== undefined && dueEnd > first && dueEnd <= last;
    if (!dueInRange || (finished === null && dueEnd > now)) continue;
    const wasOnTime = finished !== null && finished < dueEnd;
    tally('all', 'all', wasOnTime);
    const services = new Set(incident?.services ?? []);
    const teams = new Set<string>();
    for (const service of services) {
      tally('service', service, wasOnTime);
      const team = teamOf(service);
      if (team !== null) teams.add(team);
    }
    for (const team of teams) tally('team', team, wasOnTime);
  }
  const onTimeRows = [...onTime.values()].map((row) => ({ ...row, rate: row.onTime / row.due }));
  onTimeRows.sort(
    (a, b) =>
      dimensionRank(a.dimension) - dimensionRank(b.dimension) || a.value.localeCompare(b.value),
  );
  return {
    rows,
    onTime: onTimeRows,
    overdue: overdueBacklogOf(overdue, now, overdueLimit),
    definitions: {
      onTime:
        'items due in the range (by the end of their due day, UTC) that are done or verified by then, out of those finished or already past due; won’t-do items are left out. Created, done and verified per period count the items of incidents in the range (and the look-back before it) and the items due in the range',
      overdue: 'open or in-progress items whose due day has ended, as of now; age in days past due',
    },
  };
}

// The same order as `localeCompare`, without looking the locale up on every comparison.
const compareText = new Intl.Collator().compare;

/** The backlog's size and age distribution from the per-day counts; its oldest `limit` items listed. */
export function overdueBacklogOf(
  facts: OverdueFacts,
  now: Instant,
  limit = Number.POSITIVE_INFINITY,
): OverdueBacklog {
  const nowMs = epochMsOf(now);
  const ageOf = (dueDate: string) =>
    Math.floor((nowMs - epochMsOf(dueEndOf(dueDate))) / DAY_MS) + 1;
  // One run per due day (ages repeat by the thousand): counted and ranked without listing each item.
  const runs = facts.dueDays
    .map(({ dueDate, count }) => ({ value: ageOf(dueDate), count }))
    .filter((run) => run.count > 0)
    .sort((a, b) => a.value - b.value);
  const byAge = { '1-7': 0, '8-30': 0, '31-90': 0, '>90': 0 };
  let total = 0;
  for (const { value: age, count } of runs) {
    total += count;
    if (age <= 7) byAge['1-7'] += count;
    else if (age <= 30) byAge['8-30'] += count;
    else if (age <= 90) byAge['31-90'] += count;
    else byAge['>90'] += count;
  }
  const items = facts.oldest.map(
    (item: OverdueItemFacts): OverdueItem => ({ ...item, ageDays: ageOf(item.dueDate) }),
  );
  items.sort((a, b) => b.ageDays - a.ageDays || compareText(a.id, b.id));
  return {
    count: total,
    medianAgeDays: percentileOfRuns(runs, 0.5),
    maxAgeDays: runs.at(-1)?.value ?? null,
    byAge,
    items: items.slice(0, limit),
  };
}

function dimensionRank(dimension: OnTimeRow['dimension']): number {
  return dimension === 'all' ? 0 : dimension === 'team' ? 1 : 2;
}
