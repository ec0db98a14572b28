/** @module What a review export carries: the incident's facts, the review itself and the curated timeline. */
import type { Incident } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import type { Review } from '../domain/review/index.js';
import type { TimelineEventKind } from '../domain/timeline-event.js';

/** The incident fields a review export shows; ids, versions and audit fields stay in the database. */
export type ReviewIncident = Pick<
  Incident,
  | 'key'
  | 'title'
  | 'severity'
  | 'status'
  | 'services'
  | 'tags'
  | 'timeZone'
  | 'milestones'
  | 'roles'
  | 'participants'
  | 'customerImpact'
>;

/**
 * The parts of a review an export shows. Reviewers' decisions and the follow-up are shown and read
 * back, but an import does not apply them: they change through their own flows.
 */
export type ReviewContent = Pick<
  Review,
  | 'status'
  | 'authors'
  | 'reviewers'
  | 'followUp'
  | 'summary'
  | 'impact'
  | 'lessons'
  | 'whyTrees'
  | 'factors'
  | 'actionItems'
  | 'meeting'
>;

/** A curated (highlighted) timeline event as a report shows it. */
export interface ReviewTimelineEntry {
  id: string;
  at: Instant;
  kind: TimelineEventKind;
  actor: string | null;
  text: string;
}

export interface ReviewDocument {
  incident: ReviewIncident;
  review: ReviewContent;
  /** Oldest first. */
  timeline: ReviewTimelineEntry[];
}
