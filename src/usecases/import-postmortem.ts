/** @module Turns a postmortem document read by ingest/postmortem-doc into an incident with its timeline, in one transaction. */
import type { Incident, Severity } from '../domain/incident.js';
import { isTimeZone } from '../domain/instant.js';
import { NO_MILESTONES } from '../domain/milestones.js';
import { eventKindFromText } from '../ingest/postmortem-doc/event-kind-from-text.js';
import type { ImportedPostmortem } from '../ingest/postmortem-doc/postmortem-from-document.js';
import type { ImportedTimelineEntry } from '../ingest/postmortem-doc/timeline-from-blocks.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { saveIncidentChanges } from './incident-changes.js';
import { insertNewIncident } from './incidents.js';
import { insertNewTimelineEvents, type TimelineEventCreate } from './timeline.js';

export interface PostmortemImportOptions {
  severity: Severity;
  services: string[];
  /** Where the document came from, recorded as the events' source. */
  origin: string;
}

export interface PostmortemImportResult {
  incident: Incident;
  imported: number;
  /** Entries whose instant could not be determined: they need a zone or a date, or a person. */
  skipped: ImportedTimelineEntry[];
}

/**
 * Stores an imported postmortem as a resolved incident: its title, summary and impact, every
 * timeline entry whose instant is known, and the milestones guessed from the wording.
 */
export async function importPostmortem(
  ctx: UseCaseContext,
  document: ImportedPostmortem,
  options: PostmortemImportOptions,
): Promise<PostmortemImportResult> {
  const placed = document.timeline.filter((entry) => entry.at !== null);
  const skipped = document.timeline.filter((entry) => entry.at === null);
  return inTransaction(ctx, async (db) => {
    const created = await insertNewIncident(db, ctx, {
      title: (document.title ?? 'Imported postmortem').slice(0, 200),
      severity: options.severity,
      services: options.services,
      summary: (document.sections.summary ?? '').slice(0, 20_000),
      customerImpact: (document.sections.impact ?? '').slice(0, 20_000),
      tags: ['imported'],
    });
    const events: TimelineEventCreate[] = placed.map((entry) => ({
      at: entry.at!,
      sourceZone: entry.zone && isTimeZone(entry.zone) ? entry.zone : 'UTC',
      kind: eventKindFromText(entry.text),
      text: entry.text.slice(0, 10_000),
      source: `import:${options.origin}`.slice(0, 200),
    }));
    await insertNewTimelineEvents(db, ctx, created.id, events);
    // A postmortem is written after the fact, so the incident it describes is over.
    const incident = await saveIncidentChanges(
      db,
      ctx,
      created,
      {
        ...created,
        status: 'resolved',
        milestones: { ...NO_MILESTONES, ...document.milestones },
      },
      created.version,
    );
    return { incident, imported: events.length, skipped };
  });
}
