/** @module Recurrence: incidents sharing a service and a factor category with an earlier published review's incident. */
import { epochMsOf, type Instant } from '../instant.js';
import { distinct } from './distinct.js';
import type { ActionItemFacts, IncidentFacts, ReviewFacts } from './insight-facts.js';
import { anchorOf } from './insight-facts.js';
import { keepFirst } from './keep-first.js';
import { findPeriodIndex, type PeriodBucket } from './periods.js';

const DAY_MS = 86_400_000;
export const DEFAULT_RECURRENCE_DAYS = 90;

export const RECURRENCE_DEFINITION =
  'an incident recurs when its review names a contributing-factor category that the published review of an earlier incident also named, on a service both incidents affected, and the earlier incident started at most N days before (its review published before the later one started). Incidents have no explicit “related” link yet, so only services and categories are used';

export interface PreventiveItem {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
}

export interface RecurrenceMatch {
  incidentKey: string;
  sharedServices: string[];
  sharedCategories: string[];
  daysApart: number;
  /** The earlier review's items that address a shared factor: what was meant to prevent this. */
  preventiveItems: PreventiveItem[];
}

export interface Recurrence {
  incidentKey: string;
  startedAt: Instant;
  period: string;
  /** The most recent matches (at most 5), latest first. */
  earlier: RecurrenceMatch[];
  /** Further matches left out to keep the answer readable. */
  moreEarlier: number;
}

const MAX_EARLIER = 5;

export interface RecurrenceRow {
  period: string;
  /** Incidents (not cancelled) whose review names at least one factor: those that can be judged. */
  assessed: number;
  recurring: number;
  rate: number | null;
}

export interface RecurrenceReport {
  windowDays: number;
  definition: string;
  rows: RecurrenceRow[];
  recurrences: Recurrence[];
}

interface Candidate {
  incident: IncidentFacts;
  /** Position in the incidents given: breaks ties between matches that started together. */
  position: number;
  start: number;
  publishedMs: number;
  review: ReviewFacts;
}

interface Match {
  candidate: Candidate;
  /** The first of the later incident's services the two share, as an index into its services. */
  serviceRank: number;
  services: string[];
  categories: string[];
}

/** Where an incident looks for matches: the earlier reviews of one of its services and categories. */
interface Source {
  service: string;
  serviceRank: number;
  category: string;
  list: readonly Candidate[];
}

/**
 * How many earlier incidents `sources` hold for an incident starting at `start` (in its window,
 * published before it started, not itself), and the latest few. From one list no candidate can
 * come twice, so the common case counts without building a match per candidate.
 */
function findMatches(
  sources: readonly Source[],
  /** The incident's own position in the incidents given, so it never matches itself. */
  position: number,
  start: number,
  windowMs: number,
): { count: number; latest: Match[] } {
  if (sources.length === 1) {
    const { service, serviceRank, category, list } = sources[0]!;
    const latest: Candidate[] = [];
    let count = 0;
    for (let i = firstAtOrAfter(list, start - windowMs); i < list.length; i++) {
      const candidate = list[i]!;
      if (candidate.start >= start) break;
      if (candidate.publishedMs > start || candidate.position === position) continue;
      count += 1;
      keepFirst(latest, candidate, MAX_EARLIER, compareCandidates);
    }
    const matchOf = (candidate: Candidate): Match => ({
      candidate,
      serviceRank,
      services: [service],
      categories: [category],
    });
    return { count, latest: latest.map(matchOf) };
  }
  const matches = new Map<string, Match>();
  for (const { service, serviceRank, category, list } of sources) {
    for (let i = firstAtOrAfter(list, start - windowMs); i < list.length; i++) {
      const candidate = list[i]!;
      if (candidate.start >= start) break;
      if (candidate.publishedMs > start || candidate.position === position) continue;
      const match = matches.get(candidate.incident.id);
      // A handful of services and categories at most: arrays, not sets, per match.
      if (!match) {
        matches.set(candidate.incident.id, {
          candidate,
          serviceRank,
          services: [service],
          categories: [category],
        });
        continue;
      }
      if (!match.services.includes(service)) match.services.push(service);
      if (!match.categories.includes(category)) match.categories.push(category);
    }
  }
  const latest: Match[] = [];
  for (const match of matches.values()) keepFirst(latest, match, MAX_EARLIER, compareMatches);
  return { count: matches.size, latest };
}

/** Latest first; among those that started together, by position. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return b.start - a.start || a.position - b.position;
}

/** Latest first; among those that started together, by shared service, then by position. */
function compareMatches(a: Match, b: Match): number {
  return (
    b.candidate.start - a.candidate.start ||
    a.serviceRank - b.serviceRank ||
    a.candidate.position - b.candidate.position
  );
}

/** Published reviews with factors, by service, then by factor category, each list by start. */
type CandidateIndex = Map<string, Map<string, Candidate[]>>;

/**
 * Finds the recurring incidents anchored in `periods`. `all` must include the incidents before
 * the range (up to `windowDays` earlier), so an early-range incident can match its predecessor.
 * Earlier reviews are indexed by service and category, so each incident looks only at the
 * candidates it could match rather than every published review of its services.
 */
export function findRecurrences(
  all: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
  items: ReadonlyMap<string, ActionItemFacts>,
  periods: readonly PeriodBucket[],
  windowDays: number = DEFAULT_RECURRENCE_DAYS,
): RecurrenceReport {
  const index = indexCandidates(all, reviews);
  const rows: RecurrenceRow[] = periods.map((p) => ({
    period: p.key,
    assessed: 0,
    recurring: 0,
    rate: null,
  }));
  const recurrences: Recurrence[] = [];
  const windowMs = windowDays * DAY_MS;
  for (let position = 0; position < all.length; position++) {
    const incident = all[position]!;
    const anchor = anchorOf(incident);
    const periodIndex = findPeriodIndex(periods, anchor);
    if (periodIndex === -1 || incident.status === 'cancelled') continue;
    const review = reviews.get(incident.id);
    if (!review || review.factors.length === 0) continue;
    rows[periodIndex]!.assessed += 1;
    const start = epochMsOf(anchor);
    const categories = distinct(review.factors.map((f) => f.category));
    const sources: Source[] = [];
    distinct(incident.services).forEach((service, serviceRank) => {
      const byCategory = index.get(service);
      for (const category of byCategory ? categories : []) {
        const list = byCategory!.get(category);
        if (list) sources.push({ service, serviceRank, category, list });
      }
    });
    const { count, latest } = findMatches(sources, position, start, windowMs);
    if (count === 0) continue;
    rows[periodIndex]!.recurring += 1;
    const earlier = latest.map(({ candidate, services, categories: shared }) => ({
      incidentKey: candidate.incident.key,
      sharedServices: [...services].sort(),
      sharedCategories: [...shared].sort(),
      daysApart: Math.floor((start - candidate.start) / DAY_MS),
      preventiveItems: preventiveItemsOf(candidate.review, shared, items),
    }));
    recurrences.push({
      incidentKey: incident.key,
      startedAt: anchor,
      period: periods[periodIndex]!.key,
      earlier,
      moreEarlier: count - earlier.length,
    });
  }
  return {
    windowDays,
    definition: RECURRENCE_DEFINITION.replace('N days', `${windowDays} days`),
    rows: rows.map((row) => ({
      ...row,
      rate: row.assessed === 0 ? null : row.recurring / row.assessed,
    })),
    recurrences,
  };
}

function indexCandidates(
  all: readonly IncidentFacts[],
  reviews: ReadonlyMap<string, ReviewFacts>,
): CandidateIndex {
  const index: CandidateIndex = new Map();
  all.forEach((incident, position) => {
    const review = reviews.get(incident.id);
    if (review?.status !== 'published' || review.publishedAt === null) return;
    if (review.factors.length === 0) return;
    const candidate: Candidate = {
      incident,
      position,
      start: epochMsOf(anchorOf(incident)),
      publishedMs: epochMsOf(review.publishedAt),
      review,
    };
    const categories = new Set(review.factors.map((f) => f.category));
    for (const service of new Set(incident.services)) {
      let byCategory = index.get(service);
      if (!byCategory) {
        byCategory = new Map();
        index.set(service, byCategory);
      }
      for (const category of categories) {
        const list = byCategory.get(category);
        if (list) list.push(candidate);
        else byCategory.set(category, [candidate]);
      }
    }
  });
  for (const byCategory of index.values()) {
    for (const list of byCategory.values())
      list.sort((a, b) => a.start - b.start || a.position - b.position);
  }
  return index;
}

function firstAtOrAfter(list: readonly Candidate[], ms: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.start < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

function preventiveItemsOf(
  review: ReviewFacts,
  categories: readonly string[],
  items: ReadonlyMap<string, ActionItemFacts>,
): PreventiveItem[] {
  const ids = new Set<string>();
  for (const factor of review.factors) {
    if (categories.includes(factor.category)) for (const id of factor.actionItemIds) ids.add(id);
  }
  const result: PreventiveItem[] = [];
  for (const id of ids) {
    const item = items.get(id);
    if (item) result.push({ id, title: item.title, status: item.status, dueDate: item.dueDate });
  }
  return result;
}
