/** @module The public view of a timeline event. */
import type { TimelineEvent } from '../../domain/timeline-event.js';

export function presentTimelineEvent(event: TimelineEvent) {
  return {
    id: event.id,
    at: event.at,
    sourceZone: event.sourceZone,
    kind: event.kind,
    source: event.source,
    actor: event.actor,
    text: event.text,
    highlight: event.highlight,
    links: event.links,
    change: event.change,
    version: event.version,
    createdAt: event.createdAt,
    createdBy: event.createdBy,
  };
}
