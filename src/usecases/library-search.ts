/** @module Searching the learning library: parse the query, keep the index current, rank, filter and highlight. */
import { instantFromLocal, isInstantProblem } from '../domain/instant.js';
import { highlightSnippets, parseSearchQuery, type Snippet } from '../domain/library/index.js';
import { type SearchFilters, searchEngineFor } from '../storage/search/index.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { refreshSearchIndexIfStale } from './library-index.js';

export interface LibrarySearchInput {
  q: string;
  /** `from`/`to` are calendar dates (YYYY-MM-DD) in the workspace's zone, both days included. */
  filters: Omit<SearchFilters, 'from' | 'to'> & { from?: string; to?: string };
  offset: number;
  limit: number;
}

export interface LibrarySearchResult {
  key: string;
  title: string;
  severity: string;
  services: string[];
  publishedAt: string | null;
  score: number;
  snippets: Snippet[];
}

export interface LibrarySearchPage {
  results: LibrarySearchResult[];
  /** The offset of the next page, or null when this is the last. */
  nextOffset: number | null;
}

/** One page of the incidents (and reviews) matching `q`, most relevant first. */
export async function searchLibrary(
  ctx: UseCaseContext,
  input: LibrarySearchInput,
): Promise<LibrarySearchPage> {
  const query = parseSearchQuery(input.q);
  if (query === null) {
    throw new AppError('VALIDATION_FAILED', 'q: must contain at least one word or number');
  }
  const zone = ctx.workspace.timeZone;
  const { from, to, ...filters } = input.filters;
  await refreshSearchIndexIfStale(ctx);
  const db = ctx.database.db;
  const hits = await searchEngineFor(ctx.database.dialect).search(db, {
    workspaceId: ctx.workspace.id,
    query,
    filters: {
      ...filters,
      from: from === undefined ? undefined : startOfDay(from, 0, zone, 'from'),
      to: to === undefined ? undefined : startOfDay(to, 1, zone, 'to'),
    },
    includePrivate: canSeePrivate(ctx),
    offset: input.offset,
    limit: input.limit + 1,
  });
  const page = hits.slice(0, input.limit);
  const ids = page.map((hit) => hit.incidentId);
  const services =
    ids.length === 0
      ? []
      : await db
          .selectFrom('incident_services')
          .select(['incident_id', 'value'])
          .where('incident_id', 'in', ids)
          .orderBy('position')
          .execute();
  return {
    results: page.map((hit) => ({
      key: hit.key,
      title: hit.title,
      severity: hit.severity,
      services: services.filter((s) => s.incident_id === hit.incidentId).map((s) => s.value),
      publishedAt: hit.publishedAt,
      score: Math.round(hit.score * 1e6) / 1e6,
      snippets: highlightSnippets(hit.text, query),
    })),
    nextOffset: hits.length > input.limit ? input.offset + input.limit : null,
  };
}

/** The instant the local calendar day `date` (plus `days`) starts in `zone`. */
function startOfDay(date: string, days: number, zone: string, field: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  const day = Number.isNaN(ms) ? date : new Date(ms).toISOString().slice(0, 10);
  const instant = instantFromLocal(`${day}T00:00`, zone);
  if (isInstantProblem(instant))
    throw new AppError('VALIDATION_FAILED', `${field}: ${instant.problem}`);
  return instant;
}
