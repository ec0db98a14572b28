/** @module The filter part of a search, in SQL both engines read the same way (d = documents, i = incidents, r = reviews). */
import { type RawBuilder, sql } from 'kysely';
import type { SearchRequest } from './search-request.js';

/** `and …` conditions for the request's workspace, visibility and filters. */
export function searchFilterSql(request: SearchRequest): RawBuilder<unknown> {
  const { filters } = request;
  const parts: RawBuilder<unknown>[] = [sql`d.workspace_id = ${request.workspaceId}`];
  if (!request.includePrivate) parts.push(sql`i.private = 0`);
  if (filters.status === 'published') parts.push(sql`r.status = 'published'`);
  if (filters.severity?.length) {
    parts.push(sql`i.severity in (${sql.join(filters.severity.map((s) => sql`${s}`))})`);
  }
  if (filters.service !== undefined) {
    parts.push(
      sql`exists (select 1 from incident_services s where s.incident_id = i.id and s.value = ${filters.service})`,
    );
  }
  if (filters.tag !== undefined) {
    parts.push(
      sql`exists (select 1 from incident_tags t where t.incident_id = i.id and t.value = ${filters.tag})`,
    );
  }
  if (filters.category !== undefined) {
    parts.push(
      sql`exists (select 1 from search_categories c where c.incident_id = i.id and c.value = ${filters.category})`,
    );
  }
  if (filters.from !== undefined) {
    parts.push(sql`coalesce(i.impact_started_at, i.created_at) >= ${filters.from}`);
  }
  if (filters.to !== undefined) {
    parts.push(sql`coalesce(i.impact_started_at, i.created_at) < ${filters.to}`);
  }
  return sql.join(parts, sql` and `);
}

/** Columns every engine selects for a hit. */
export const HIT_COLUMNS = sql`d.incident_id, i.key, i.number, i.title as incident_title, i.severity,
  r.published_at, d.title, d.summary, d.factors, d.lessons, d.actions, d.timeline`;

export interface HitRow {
  incident_id: string;
  key: string;
  number: number | string;
  incident_title: string;
  severity: string;
  published_at: string | null;
  title: string;
  summary: string;
  factors: string;
  lessons: string;
  actions: string;
  timeline: string;
  score: number | string;
}
