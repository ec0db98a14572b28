/** @module Reads what the search documents of a batch of incidents are built from, in few queries. */
import type { SearchSource } from '../../domain/library/index.js';
import type { Lessons } from '../../domain/review/index.js';
import type { Executor } from '../executor.js';
import { fromJsonColumn } from '../json-column.js';

/** The sources of the incidents of a workspace among `ids` that still exist, by incident id. */
export async function loadSearchSources(
  db: Executor,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, { workspaceId: string; source: SearchSource }>> {
  const sources = new Map<string, { workspaceId: string; source: SearchSource }>();
  if (ids.length === 0) return sources;
  const [incidents, events, reviews] = await Promise.all([
    db
      .selectFrom('incidents')
      .select(['id', 'workspace_id', 'title', 'summary', 'customer_impact'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('timeline_events')
      .select(['incident_id', 'text'])
      .where('incident_id', 'in', ids)
      .orderBy('incident_id')
      .orderBy('at')
      .orderBy('created_at')
      .execute(),
    // Through reviews: action items are indexed by review, reviews by (workspace, incident).
    db
      .selectFrom('reviews')
      .leftJoin('action_items', 'action_items.review_id', 'reviews.id')
      .select([
        'reviews.workspace_id',
        'reviews.incident_id',
        'reviews.summary',
        'reviews.lessons',
        'reviews.why_trees',
        'reviews.factors',
        'action_items.title',
        'action_items.success_criteria',
      ])
      .where('reviews.workspace_id', '=', workspaceId)
      .where('reviews.incident_id', 'in', ids)
      .orderBy('reviews.incident_id')
      .orderBy('action_items.position')
      .execute(),
  ]);
  for (const row of incidents) {
    sources.set(row.id, {
      workspaceId: row.workspace_id,
      source: {
        title: row.title,
        incidentSummary: row.summary,
        customerImpact: row.customer_impact,
        review: null,
        actionItems: [],
        timeline: [],
      },
    });
  }
  for (const row of events) sources.get(row.incident_id)?.source.timeline.push(row.text);
  for (const row of reviews) {
    const entry = sources.get(row.incident_id);
    if (!entry) continue;
    if (row.title !== null) {
      entry.source.actionItems.push({
        title: row.title,
        successCriteria: row.success_criteria ?? '',
      });
    }
    entry.source.review ??= {
      summary: row.summary,
      lessons: fromJsonColumn<Lessons>(row.lessons, { wentWell: [], wentWrong: [], gotLucky: [] }),
      whyTrees: fromJsonColumn(row.why_trees, []),
      factors: fromJsonColumn(row.factors, []),
    };
  }
  return sources;
}
