/** @module Finds incidents that may be related to one (shared labels or signature terms) and loads what scoring compares. */
import { sql } from 'kysely';
import type { RelatedFeatures, SignatureTerm } from '../../domain/library/index.js';
import type { Executor } from '../executor.js';
import { withSearchTables } from './search-tables.js';

/** Candidates kept from each source (services, tags, categories, text) before scoring. */
export const CANDIDATES_PER_SOURCE = 60;

/** Signature terms the text source looks up: the rarest of the anchor's, since common ones say little. */
const TEXT_TERMS = 6;

export interface RelatedAnchor {
  workspaceId: string;
  incidentId: string;
  services: string[];
  tags: string[];
  categories: string[];
  terms: string[];
}

/** Incidents a term's document count stops at: past it a term is common, and exact counts cost a scan. */
export const COMMON_TERM_COUNT = 500;

/** Postings read per text term, heaviest first: enough to find the incidents that weigh it most. */
export const POSTINGS_PER_TERM = 200;

/** Ids of incidents sharing a service, tag, factor category or telling word with the anchor. */
export async function findRelatedCandidateIds(
  db: Executor,
  anchor: RelatedAnchor,
): Promise<string[]> {
  const [services, tags, categories, text] = await Promise.all([
    byLabel(db, anchor, 'incident_services', anchor.services),
    byLabel(db, anchor, 'incident_tags', anchor.tags),
    byLabel(db, anchor, 'search_categories', anchor.categories),
    byText(db, anchor),
  ]);
  return [...new Set([...text, ...services, ...categories, ...tags])];
}

/**
 * The most recent incidents (ids are time-ordered) carrying any of `values`, one row per label
 * shared. Each value's own newest rows are read (an index range each), then merged.
 */
async function byLabel(
  db: Executor,
  anchor: RelatedAnchor,
  table: 'incident_services' | 'incident_tags' | 'search_categories',
  values: string[],
): Promise<string[]> {
  if (values.length === 0) return [];
  const perValue = values.map(
    (value) => sql`select * from (select incident_id from ${sql.table(table)}
      where workspace_id = ${anchor.workspaceId} and value = ${value}
        and incident_id <> ${anchor.incidentId}
      order by incident_id desc limit ${CANDIDATES_PER_SOURCE}) as v`,
  );
  const { rows } = await sql<{
    incident_id: string;
  }>`${sql.join(perValue, sql` union all `)}`.execute(db);
  return rows
    .map((row) => row.incident_id)
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, CANDIDATES_PER_SOURCE);
}

async function byText(db: Executor, anchor: RelatedAnchor): Promise<string[]> {
  if (anchor.terms.length === 0) return [];
  // How many documents carry each term, counted up to COMMON_TERM_COUNT: rare terms are told
  // apart exactly; common ones tie and keep the anchor's order (heaviest first).
  const counted = anchor.terms.map(
    (term) => sql`select ${term} as term, (select count(*) from (select 1 as one from search_terms
      where workspace_id = ${anchor.workspaceId} and term = ${term}
      limit ${COMMON_TERM_COUNT}) as c) as n`,
  );
  const { rows: counts } = await sql<{ term: string; n: number | string }>`${sql.join(
    counted,
    sql` union all `,
  )}`.execute(db);
  const order = new Map(anchor.terms.map((term, i) => [term, i]));
  const rare = counts
    .map((c) => ({ term: c.term, n: Number(c.n) }))
    .filter((c) => c.n > 1)
    .sort(
      (a, b) =>
        a.n - b.n ||
        (a.n < COMMON_TERM_COUNT
          ? a.term.localeCompare(b.term)
          : (order.get(a.term) ?? 0) - (order.get(b.term) ?? 0)),
    )
    .slice(0, TEXT_TERMS)
    .map((c) => c.term);
  if (rare.length === 0) return [];
  const postings = rare.map(
    (term) => sql`select * from (select incident_id, weight from search_terms
      where workspace_id = ${anchor.workspaceId} and term = ${term}
        and incident_id <> ${anchor.incidentId}
      order by weight desc, incident_id desc limit ${POSTINGS_PER_TERM}) as p`,
  );
  const { rows } = await sql<{ incident_id: string }>`select incident_id, sum(weight) as total
    from (${sql.join(postings, sql` union all `)}) as postings
    group by incident_id
    order by total desc, incident_id desc
    limit ${CANDIDATES_PER_SOURCE}`.execute(db);
  return rows.map((row) => row.incident_id);
}

/** What scoring compares, for each of `ids` that the reader may see (private ones dropped unless allowed). */
export async function loadRelatedFeatures(
  db: Executor,
  workspaceId: string,
  ids: string[],
  includePrivate: boolean,
): Promise<(RelatedFeatures & { incidentId: string })[]> {
  if (ids.length === 0) return [];
  const sdb = withSearchTables(db);
  // Workspace and visibility are checked on the rows found by id: given `workspace_id = ?`, SQLite
  // walks every incident of the workspace through a workspace index instead.
  const incidents = sdb
    .selectFrom('incidents')
    .leftJoin('search_documents', 'search_documents.incident_id', 'incidents.id')
    .select([
      'incidents.id',
      'incidents.workspace_id',
      'incidents.private',
      'incidents.key',
      'incidents.title',
      'search_documents.signature',
    ])
    .where('incidents.id', 'in', ids);
  const [found, services, tags, categories] = await Promise.all([
    incidents.execute(),
    sdb
      .selectFrom('incident_services')
      .select(['incident_id', 'value'])
      .where('incident_id', 'in', ids)
      .orderBy('position')
      .execute(),
    sdb
      .selectFrom('incident_tags')
      .select(['incident_id', 'value'])
      .where('incident_id', 'in', ids)
      .orderBy('position')
      .execute(),
    sdb
      .selectFrom('search_categories')
      .select(['incident_id', 'value'])
      .where('incident_id', 'in', ids)
      .orderBy('value')
      .execute(),
  ]);
  const group = (list: { incident_id: string; value: string }[]) => {
    const map = new Map<string, string[]>();
    for (const { incident_id, value } of list)
      map.set(incident_id, [...(map.get(incident_id) ?? []), value]);
    return map;
  };
  const [s, t, c] = [group(services), group(tags), group(categories)];
  const rows = found.filter(
    (row) => row.workspace_id === workspaceId && (includePrivate || Number(row.private) === 0),
  );
  return rows.map((row) => ({
    incidentId: row.id,
    key: row.key,
    title: row.title,
    services: s.get(row.id) ?? [],
    tags: t.get(row.id) ?? [],
    categories: c.get(row.id) ?? [],
    signature: row.signature ? (JSON.parse(row.signature) as SignatureTerm[]) : [],
  }));
}
