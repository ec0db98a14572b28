/**
 * @module Turns a postmortem document read by ingest/postmortem-doc into an incident with its
 * timeline, and a draft review holding its root cause, contributing factors and action items, in
 * one transaction.
 */
import type { Incident, Severity } from '../domain/incident.js';
import { isTimeZone } from '../domain/instant.js';
import { NO_MILESTONES } from '../domain/milestones.js';
import { eventKindFromText } from '../ingest/postmortem-doc/event-kind-from-text.js';
import type { ImportedPostmortem } from '../ingest/postmortem-doc/postmortem-from-document.js';
import type { ImportedTimelineEntry } from '../ingest/postmortem-doc/timeline-from-blocks.js';
import {
  type Executor,
  insertActionItems,
  newId,
  type StoredActionItem,
} from '../storage/index.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { saveIncidentChanges } from './incident-changes.js';
import { insertNewIncident } from './incidents.js';
import { newActionItem } from './new-action-item.js';
import { saveReview } from './review-save.js';
import { loadIncidentState } from './review-state.js';
import { loadTemplates } from './review-templates.js';
import { applyReviewPatch, type FactorDraft, insertNewReview } from './reviews.js';
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
  /** What went onto the incident's draft review (no review is started when both are 0). */
  review: { actionItems: number; factors: number };
  /** Entries whose instant could not be determined: they need a zone or a date, or a person. */
  skipped: ImportedTimelineEntry[];
}

/**
 * Stores an imported postmortem as a resolved incident: its title, summary and impact, every
 * timeline entry whose instant is known, and the milestones guessed from the wording; and, when
 * the document has any, its root cause, contributing factors and action items on a draft review.
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
    const review = await storeImportedReview(db, ctx, incident, document);
    return { incident, imported: events.length, review, skipped };
  });
}

// Imported factors keep the document's words; a reviewer picks the right category afterwards.
const IMPORTED_FACTOR_CATEGORY = 'technical';
const ROOT_CAUSE_QUESTION = 'What caused it, as the imported postmortem puts it?';

async function storeImportedReview(
  db: Executor,
  ctx: UseCaseContext,
  incident: Incident,
  document: ImportedPostmortem,
): Promise<PostmortemImportResult['review']> {
  const rootCauses = entriesOf(document.sections.rootCause);
  const factorTexts = entriesOf(document.sections.contributingFactors);
  if (document.actionItems.length === 0 && rootCauses.length === 0 && factorTexts.length === 0) {
    return { actionItems: 0, factors: 0 };
  }
  const incidentState = await loadIncidentState(db, ctx, incident.key);
  const { review } = await insertNewReview(db, ctx, incidentState, {});
  const now = ctx.clock();
  const items = document.actionItems.map(
    (item, position): StoredActionItem =>
      newActionItem(
        ctx,
        { reviewId: review.id, incidentId: incident.id },
        {
          position,
          title: item.text.slice(0, 500),
          owner: item.owner?.slice(0, 200) ?? null,
          // A due date the document does not give is left open rather than invented.
          dueDate: item.due ?? null,
        },
        now,
      ),
  );
  await insertActionItems(db, items);
  const rootNodes = rootCauses.map((text) => ({ id: newId(), text, rootCause: true }));
  const factors: FactorDraft[] = [
    ...rootNodes.map((node) => ({
      category: IMPORTED_FACTOR_CATEGORY,
      description: node.text,
      whyNodeIds: [node.id],
    })),
    ...factorTexts.map((text) => ({ category: IMPORTED_FACTOR_CATEGORY, description: text })),
  ];
  const state = { ...incidentState, review: { ...review, actionItems: items } };
  const whyTrees = [
    ...review.whyTrees,
    ...(rootNodes.length > 0 ? [{ question: ROOT_CAUSE_QUESTION, answers: rootNodes }] : []),
  ];
  const next = applyReviewPatch(
    state,
    { whyTrees, factors },
    await loadTemplates(db, ctx.workspace.id),
  );
  await saveReview(db, ctx, state, next, review.version);
  return { actionItems: items.length, factors: factors.length };
}

/** The list items of a section, or its paragraphs when it has no list. */
function entriesOf(section: string | undefined): string[] {
  if (section === undefined) return [];
  const lines = section
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const items = lines.filter((line) => line.startsWith('- '));
  return (items.length > 0 ? items.map((line) => line.slice(2).trim()) : lines)
    .filter((text) => text !== '')
    .map((text) => text.slice(0, 5_000));
}
