/** @module Reviews published inside a time window, with their action items as they stand now: the anniversary digest's data. */
import type { Executor } from '../executor.js';

export interface PublishedReviewEntry {
  key: string;
  title: string;
  severity: string;
  services: string[];
  publishedAt: string;
  summary: string;
  actionItems: { title: string; status: string; owner: string | null; dueDate: string | null }[];
}

/** Published reviews with `from <= published_at < to`, earliest first. */
export async function listReviewsPublishedBetween(
  db: Executor,
  workspaceId: string,
  window: { from: string; to: string },
  includePrivate: boolean,
): Promise<PublishedReviewEntry[]> {
  let query = db
    .selectFrom('reviews')
    .innerJoin('incidents', 'incidents.id', 'reviews.incident_id')
    .select([
      'incidents.id',
      'incidents.key',
      'incidents.title',
      'incidents.severity',
      'reviews.published_at',
      'reviews.summary',
    ])
    .where('reviews.workspace_id', '=', workspaceId)
    .where('reviews.status', '=', 'published')
    .where('reviews.published_at', '>=', window.from)
    .where('reviews.published_at', '<', window.to);
  if (!includePrivate) query = query.where('incidents.private', '=', 0);
  const rows = await query.orderBy('reviews.published_at').orderBy('incidents.number').execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [services, items] = await Promise.all([
    db
      .selectFrom('incident_services')
      .select(['incident_id', 'value'])
      .where('incident_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('action_items')
      .select(['incident_id', 'title', 'status', 'owner', 'due_date'])
      .where('incident_id', 'in', ids)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ]);
  return rows.map((row) => ({
    key: row.key,
    title: row.title,
    severity: row.severity,
    services: services.filter((s) => s.incident_id === row.id).map((s) => s.value),
    publishedAt: row.published_at as string,
    summary: row.summary,
    actionItems: items
      .filter((i) => i.incident_id === row.id)
      .map((i) => ({ title: i.title, status: i.status, owner: i.owner, dueDate: i.due_date })),
  }));
}
