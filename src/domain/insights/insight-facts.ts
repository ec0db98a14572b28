/** @module The slim facts insights are computed from: what storage loads for many incidents at once. */
import type { IncidentStatus, Severity } from '../incident.js';
import type { Instant } from '../instant.js';
import type { Milestones } from '../milestones.js';
import type { ActionItemStatus } from '../review/action-item.js';
import type { ImpactInputs } from '../review/impact-inputs.js';
import type { ReviewStatus } from '../review/review.js';

/** One incident as insights see it: no timeline, no people, only what the figures need. */
export interface IncidentFacts {
  id: string;
  key: string;
  severity: Severity;
  status: IncidentStatus;
  /** In the order written; the first is the primary service. */
  services: string[];
  tags: string[];
  /** Explicit milestones only (see README.md in this folder for why inferred ones are not used). */
  milestones: Milestones;
  declaredAt: Instant;
}

export interface FactorFacts {
  category: string;
  actionItemIds: string[];
}

export interface ReviewFacts {
  incidentId: string;
  status: ReviewStatus;
  publishedAt: Instant | null;
  /** The stored publication deadline (from the policy at the time); null while unresolved. */
  publishDueAt: Instant | null;
  impact: ImpactInputs;
  factors: FactorFacts[];
}

export interface ActionItemFacts {
  id: string;
  incidentId: string;
  title: string;
  owner: string | null;
  status: ActionItemStatus;
  /** `YYYY-MM-DD`; due by the end of that day, UTC. */
  dueDate: string | null;
  createdAt: Instant;
  doneAt: Instant | null;
  verifiedAt: Instant | null;
  /** The incident's key and services, when loaded with the item (for items of incidents outside the range). */
  incident?: { key: string; services: string[] };
}

/** An open or in-progress item past the end of its due day, with its incident's key. */
export interface OverdueItemFacts {
  id: string;
  incidentKey: string;
  title: string;
  owner: string | null;
  /** `YYYY-MM-DD`. */
  dueDate: string;
}

/**
 * The workspace's overdue items as storage counts them: how many fell due on each day, and the
 * items themselves from the oldest due day on (all of them, or at least the oldest few asked for,
 * with every item of the last day included so ties can be ordered here).
 */
export interface OverdueFacts {
  dueDays: { dueDate: string; count: number }[];
  oldest: OverdueItemFacts[];
}

/** What an exhausted budget waits on: the service's unverified items, counted, and the first of them. */
export interface FreezeFacts {
  count: number;
  /** Oldest incident first, then in the review's order; all of them, or the first few asked for. */
  items: { id: string; incidentKey: string; title: string; status: string }[];
}

/** The instant that places an incident in a period: impact start, else detection, else declaration. */
export function anchorOf(incident: IncidentFacts): Instant {
  return incident.milestones.impactStarted ?? incident.milestones.detected ?? incident.declaredAt;
}
