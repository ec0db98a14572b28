/** @module Finds incidents that may be related to one (shared labels or signature terms) and loads what scoring compares. */
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

/** Ids of incidents sharing a service, tag, factor category or telling word with the anchor. */
export async function findRelatedCandidateIds(
  db: Executor,
  anchor: RelatedAnchor,
): Promise<string[]> {
  const sdb = withSearchTables(db);
  const byLabel = async (
    table: 'incident_services' | 'incident_tags' | 'search_categories',
    values: string[],
  ) => {
    if (values.length === 0) return [];
    // Ids are time-ordered, so the highest ids are the most recent incidents.
    const rows = await sdb
      .selectFrom(table)
      .select('incident_id')
      .where('workspace_id', '=', anchor.workspaceId)
      .where('value', 'in', values)
      .where('incident_id', '<>', anchor.incidentId)
      .orderBy('incident_id', 'desc')
      .limit(CANDIDATES_PER_SOURCE)
      .execute();
    return rows.map((row) => row.incident_id);
  };
  const [services, tags, categories, text] = await Promise.all([
    byLabel('incident_services', anchor.services),
    byLabel('incident_tags', anchor.tags),
    byLabel('search_categories', anchor.categories),
    byText(db, anchor),
  ]);
  return [...new Set([...text, ...services, ...categories, ...tags])];
}

async function byText(db: Executor, anchor: RelatedAnchor): Promise<string[]> {
  if (anchor.terms.length === 0) return [];
  const sdb = withSearchTables(db);
  const counts = await sdb
    .selectFrom('search_terms')
    .select(['term', (eb) => eb.fn.countAll().as('n')])
    .where('workspace_id', '=', anchor.workspaceId)
    .where('term', 'in', anchor.terms)
    .groupBy('term')
    .execute();
  const rare = counts
    .map((c) => ({ term: c.term, n: Number(c.n) }))
    .filter((c) => c.n > 1)
    .sort((a, b) => a.n - b.n || a.term.localeCompare(b.term))
    .slice(0, TEXT_TERMS)
    .map((c) => c.term);
  if (rare.length === 0) return [];
  const rows = await sdb
    .selectFrom('search_terms')
    .select(['incident_id', (eb) => eb.fn.sum<number>('weight').as('total')])
    .where('workspace_id', '=', anchor.workspaceId)
    .where('term', 'in', rare)
    .where('incident_id', '<>', anchor.incidentId)
    .groupBy('incident_id')
    .orderBy('total', 'desc')
    .orderBy('incident_id', 'desc')
    .limit(CANDIDATES_PER_SOURCE)
    .execute();
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
  let incidents = sdb
    .selectFrom('incidents')
    .leftJoin('search_documents', 'search_documents.incident_id', 'incidents.id')
    .select(['incidents.id', 'incidents.key', 'incidents.title', 'search_documents.signature'])
    .where('incidents.workspace_id', '=', workspaceId)
    .where('incidents.id', 'in', ids);
  if (!includePrivate) incidents = incidents.where('incidents.private', '=', 0);
  const [rows, services, tags, categories] = await Promise.all([
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
