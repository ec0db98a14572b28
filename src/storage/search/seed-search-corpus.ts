/** @module Test support: writes the search corpus into a database through the repositories, then indexes it. */
import { randomUUID } from 'node:crypto';
import {
  buildIncident,
  buildTimelineEvent,
  buildWorkspace,
} from '../../../test/support/factories.js';
import type { WorkspaceId } from '../../domain/ids.js';
import type { Instant } from '../../domain/instant.js';
import type { ReviewId } from '../../domain/review/index.js';
import { buildActionItem, buildFactor, buildReview } from '../../domain/review/test-builders.js';
import type { Workspace } from '../../domain/workspace.js';
import { insertActionItems } from '../action-items.js';
import type { Database } from '../database.js';
import { insertIncident } from '../incidents.js';
import { insertReview } from '../reviews.js';
import { insertTimelineEvents } from '../timeline-events.js';
import { insertWorkspace } from '../workspaces.js';
import { refreshWorkspaceIndex } from './refresh-search-index.js';
import { type CorpusEntry, SEARCH_CORPUS } from './search-corpus.js';

/** Writes the corpus as incidents INC-1… of a new (or an empty given) workspace, with reviews, items and events, and indexes it. */
export async function seedSearchCorpus(
  database: Database,
  options: { workspace?: Workspace; corpus?: CorpusEntry[] } = {},
): Promise<Workspace> {
  const corpus = options.corpus ?? SEARCH_CORPUS;
  const workspace = options.workspace ?? buildWorkspace();
  await database.db.transaction().execute(async (db) => {
    if (options.workspace) {
      // The corpus takes INC-1…; incidents declared afterwards continue from there.
      await db
        .updateTable('workspaces')
        .set({ next_incident_number: corpus.length + 1 })
        .where('id', '=', workspace.id)
        .execute();
    } else {
      await insertWorkspace(db, workspace, corpus.length + 1);
    }
    for (const [index, entry] of corpus.entries()) {
      await insertEntry(db, workspace.id, index + 1, entry);
    }
  });
  await database.db
    .transaction()
    .execute((db) =>
      refreshWorkspaceIndex(db, database.dialect, workspace.id, '2026-03-12T12:00:00.000Z'),
    );
  return workspace;
}

async function insertEntry(
  db: Parameters<typeof insertIncident>[0],
  workspaceId: WorkspaceId,
  number: number,
  entry: CorpusEntry,
): Promise<void> {
  const startedAt = entry.startedAt as Instant;
  const incident = buildIncident(workspaceId, number, {
    // Time-ordered ids, as newId gives, so "most recent" means the same as in production.
    id: `${String(number).padStart(8, '0')}-${randomUUID()}` as never,
    title: entry.title,
    severity: entry.severity,
    status: 'resolved',
    services: entry.services,
    tags: entry.tags,
    private: entry.private ?? false,
    milestones: {
      impactStarted: startedAt,
      detected: null,
      acknowledged: null,
      mitigated: null,
      resolved: null,
      customersNotified: null,
    },
    createdAt: startedAt,
  });
  await insertIncident(db, incident, number);
  await insertTimelineEvents(
    db,
    entry.timeline.map((text, i) =>
      buildTimelineEvent(incident, {
        text,
        at: startedAt,
        createdAt: `${startedAt.slice(0, 20)}00${i}Z` as Instant,
      }),
    ),
  );
  const reviewId = randomUUID() as ReviewId;
  const publishedAt = new Date(Date.parse(startedAt) + 7 * 86_400_000).toISOString() as Instant;
  const items = entry.actions.map((title, i) =>
    buildActionItem({ id: randomUUID(), title, status: i === 0 ? 'done' : 'open' }),
  );
  await insertReview(
    db,
    buildReview({
      id: reviewId,
      workspaceId,
      incidentId: incident.id,
      status: entry.published ? 'published' : 'draft',
      summary: entry.summary,
      whyTrees: [],
      factors: entry.factors.map(([category, description], i) =>
        buildFactor({ id: `cf-${i}`, category, description }),
      ),
      lessons: { wentWell: entry.lessons, wentWrong: [], gotLucky: [] },
      publishedAt: entry.published ? publishedAt : null,
    }),
    null,
  );
  await insertActionItems(
    db,
    items.map((item, position) => ({
      ...item,
      successCriteria: '',
      workspaceId,
      reviewId,
      incidentId: incident.id,
      position,
      version: 1,
      createdAt: startedAt,
      createdBy: 'owner',
      updatedAt: startedAt,
      updatedBy: 'owner',
    })),
  );
}
