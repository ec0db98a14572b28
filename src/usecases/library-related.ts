/** @module Related incidents: candidates sharing services, tags, factor categories or telling words, scored with reasons. */
import type { IncidentKey } from '../domain/ids.js';
import { type RelatedIncident, rankRelatedIncidents } from '../domain/library/index.js';
import { findRelatedCandidateIds, loadRelatedFeatures } from '../storage/search/index.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate, requireIncident } from './incidents.js';
import { refreshSearchIndexIfStale } from './library-index.js';

/** The incidents most related to `key`, best first, each with the reasons it was chosen. */
export async function findRelatedIncidents(
  ctx: UseCaseContext,
  key: IncidentKey,
  limit: number,
): Promise<RelatedIncident[]> {
  const db = ctx.database.db;
  const incident = await requireIncident(db, ctx, key);
  await refreshSearchIndexIfStale(ctx);
  const [anchor] = await loadRelatedFeatures(db, ctx.workspace.id, [incident.id], true);
  if (!anchor) return [];
  const ids = await findRelatedCandidateIds(db, {
    workspaceId: ctx.workspace.id,
    incidentId: incident.id,
    services: anchor.services,
    tags: anchor.tags,
    categories: anchor.categories,
    terms: anchor.signature.map((t) => t.term),
  });
  const candidates = await loadRelatedFeatures(db, ctx.workspace.id, ids, canSeePrivate(ctx));
  return rankRelatedIncidents(anchor, candidates, limit);
}
