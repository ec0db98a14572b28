/**
 * @module An incident's timeline with its inferred milestones, reused while neither changes.
 * Reading 500 events and inferring milestones from their wording is most of a review page's
 * cost, and the answer is the same until the incident's version or timeline revision moves.
 * Attaching a signal (the source of milestone hints) always writes its timeline event, so it
 * moves the revision too.
 */
import {
  type InferredMilestones,
  inferMilestones,
  type MilestoneHints,
} from '../domain/analysis/index.js';
import type { Incident } from '../domain/incident.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  type Executor,
  findIncidentStamp,
  listMilestoneHints,
  listTimelineEvents,
} from '../storage/index.js';

export interface TimelineSnapshot {
  events: TimelineEvent[];
  /** What the incident's attached signals say their events mark. */
  hints: MilestoneHints;
  milestones: InferredMilestones;
}

const MAX_SNAPSHOTS = 200;
const snapshots = new Map<string, TimelineSnapshot>();

/**
 * The events and inferred milestones of `incident`. Inside a transaction it always reads afresh:
 * what a transaction has written may still roll back, so it must never be shared.
 */
export async function loadTimelineSnapshot(
  db: Executor,
  incident: Incident,
): Promise<TimelineSnapshot> {
  if (db.isTransaction) return readSnapshot(db, incident);
  const stamp = await findIncidentStamp(db, incident.workspaceId, incident.key);
  // The incident changed between the two reads: answer from fresh data, keep nothing.
  if (!stamp || stamp.version !== incident.version) return readSnapshot(db, incident);
  const key = `${incident.id}:${incident.version}:${stamp.timelineRevision}`;
  const cached = snapshots.get(key);
  if (cached) return cached;
  const snapshot = await readSnapshot(db, incident);
  if (snapshots.size >= MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
  snapshots.set(key, snapshot);
  return snapshot;
}

async function readSnapshot(db: Executor, incident: Incident): Promise<TimelineSnapshot> {
  const [events, hints] = await Promise.all([
    listTimelineEvents(db, incident.workspaceId, incident.id),
    listMilestoneHints(db, incident.id),
  ]);
  return { events, hints, milestones: inferMilestones(incident.milestones, events, hints) };
}
