/** @module What a review file says about its incident that differs from the stored incident, and so is not applied. */
import { isDeepStrictEqual } from 'node:util';
import type { Incident } from '../domain/incident.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import type { ReviewDocument } from '../export/review-document.js';

/**
 * One note per front-matter field or timeline entry that differs: import saves the review only,
 * because incident facts and the timeline have their own audited edits.
 */
export function incidentDifferences(
  doc: ReviewDocument,
  incident: Incident,
  highlighted: TimelineEvent[],
): string[] {
  const notes: string[] = [];
  const fields = Object.keys(doc.incident) as (keyof ReviewDocument['incident'])[];
  const changed = fields.filter(
    (field) => !isDeepStrictEqual(doc.incident[field], incident[field]),
  );
  if (changed.length > 0) {
    notes.push(
      `incident ${changed.join(', ')} in the file differ from ${incident.key} and were not applied; edit the incident itself`,
    );
  }
  const stored = highlighted.map(({ id, at, kind, actor, text }) => ({
    id,
    at,
    kind,
    actor,
    text,
  }));
  if (!isDeepStrictEqual(doc.timeline, stored)) {
    notes.push(
      'the timeline in the file differs from the curated timeline and was not applied; edit the timeline itself',
    );
  }
  return notes;
}
