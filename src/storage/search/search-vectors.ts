/**
 * @module PostgreSQL's ranking table: per incident, the weighted tsvector and copies of what search
 * filters on (visibility, review status, severity, start, services, tags, factor categories), so a
 * search ranks and filters one narrow row per match instead of joining three tables for each.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../executor.js';
import { chunksOf, type IndexedDocument } from './search-documents.js';
import type { SearchRequest } from './search-request.js';

/**
 * Writes the vector rows of documents whose `search_documents` rows (and categories) are already
 * written in this transaction; the copied fields are read from the incident as it is now. Triggers
 * mark an incident stale when any copied field changes (migration 0013), and a search re-checks
 * its page against the live tables, so a copy that lags can hide a hit but never show one.
 */
export async function upsertSearchVectors(
  db: Executor,
  entries: IndexedDocument[],
  tsvectorOf: (entry: IndexedDocument) => string,
): Promise<void> {
  for (const chunk of chunksOf(entries, 2)) {
    const values = chunk.map((entry) => sql`(${entry.incidentId}, ${tsvectorOf(entry)})`);
    await sql`insert into search_vectors
        (incident_id, workspace_id, number, private, published, severity, started_at, facets, tsv)
      select i.id, i.workspace_id, i.number, i.private, coalesce(r.status = 'published', false),
        i.severity, coalesce(i.impact_started_at, i.created_at), ${FACETS_OF_INCIDENT},
        v.tsv::tsvector
      from (values ${sql.join(values)}) as v (id, tsv)
      join incidents i on i.id = v.id
      left join reviews r on r.workspace_id = i.workspace_id and r.incident_id = i.id
      on conflict (incident_id) do update set workspace_id = excluded.workspace_id,
        number = excluded.number, private = excluded.private, published = excluded.published,
        severity = excluded.severity, started_at = excluded.started_at,
        facets = excluded.facets, tsv = excluded.tsv`.execute(db);
  }
}

/** Removes the vector rows of incidents whose documents are gone. */
export async function deleteSearchVectors(db: Executor, incidentIds: string[]): Promise<void> {
  for (const chunk of chunksOf(incidentIds, 1)) {
    await sql`delete from search_vectors where incident_id in (${sql.join(chunk)})`.execute(db);
  }
}

/** The facets of incident `i`: one `kind:value` element per service, tag and factor category. */
const FACETS_OF_INCIDENT = sql`array(
    select 'service:' || s.value from incident_services s where s.incident_id = i.id
    union all select 'tag:' || t.value from incident_tags t where t.incident_id = i.id
    union all select 'category:' || c.value from search_categories c where c.incident_id = i.id)`;

/** `and …` conditions on a vector row `d`, the same filters as searchFilterSql on the copies. */
export function vectorFilterSql(request: SearchRequest): RawBuilder<unknown> {
  const { filters } = request;
  const parts: RawBuilder<unknown>[] = [sql`d.workspace_id = ${request.workspaceId}`];
  if (!request.includePrivate) parts.push(sql`d.private = 0`);
  if (filters.status === 'published') parts.push(sql`d.published`);
  if (filters.severity?.length) {
    parts.push(sql`d.severity in (${sql.join(filters.severity.map((s) => sql`${s}`))})`);
  }
  const facets = [
    filters.service === undefined ? null : `service:${filters.service}`,
    filters.tag === undefined ? null : `tag:${filters.tag}`,
    filters.category === undefined ? null : `category:${filters.category}`,
  ].filter((facet) => facet !== null);
  // Containment is what the facets' GIN index answers, intersected with the text's.
  if (facets.length > 0) parts.push(sql`d.facets @> ${facets}::text[]`);
  if (filters.from !== undefined) parts.push(sql`d.started_at >= ${filters.from}`);
  if (filters.to !== undefined) parts.push(sql`d.started_at < ${filters.to}`);
  return sql.join(parts, sql` and `);
}
