/** @module /library and /incidents/{key}/related: search the reviews, find related incidents, the anniversary digest. */
import { z } from 'zod';
import {
  AnniversaryQuerySchema,
  AnniversaryResponseSchema,
  LibrarySearchQuerySchema,
  LibrarySearchResponseSchema,
  RelatedIncidentSchema,
  RelatedQuerySchema,
} from '../../../shared/schemas/library.js';
import { getAnniversaryDigest } from '../../../usecases/library-anniversary.js';
import { findRelatedIncidents } from '../../../usecases/library-related.js';
import { searchLibrary } from '../../../usecases/library-search.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';
import { decodeSearchCursor, encodeSearchCursor } from './library-cursor.js';

export function registerLibraryRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/library/search',
      summary:
        'Search reviews and incidents: words (all required), "phrases", prefix*; filters; ranked, with highlighted snippets',
      tag: 'library',
      query: LibrarySearchQuerySchema,
      response: {
        status: 200,
        schema: LibrarySearchResponseSchema,
        description: 'One page of results; pass nextCursor back as cursor for the next',
      },
    },
    async ({ c, ctx, query }) => {
      const offset = decodeSearchCursor(query.cursor);
      const limit = query.limit ?? 20;
      const page = await searchLibrary(ctx, {
        q: query.q,
        filters: {
          service: query.service,
          severity: query.severity,
          category: query.category,
          tag: query.tag,
          from: query.from,
          to: query.to,
          status: query.status ?? 'published',
        },
        offset,
        limit: Math.min(limit, 10_000 - offset),
      });
      return c.json({
        results: page.results,
        nextCursor:
          page.nextOffset === null || page.nextOffset >= 10_000
            ? null
            : encodeSearchCursor(page.nextOffset),
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/related',
      summary:
        'Incidents related to this one (shared services, factor categories, tags, similar text), with reasons',
      tag: 'library',
      query: RelatedQuerySchema,
      response: {
        status: 200,
        schema: z.array(RelatedIncidentSchema),
        description: 'The most related incidents first',
      },
      errors: [404],
    },
    async ({ c, ctx, params, query }) => {
      const related = await findRelatedIncidents(ctx, incidentKeyParam(params), query.limit ?? 10);
      return c.json(related);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/library/anniversary',
      summary:
        'Reviews published a year ago this week (±3 days, workspace time zone), with action items as they stand today',
      tag: 'library',
      query: AnniversaryQuerySchema,
      response: { status: 200, schema: AnniversaryResponseSchema, description: 'The digest' },
    },
    async ({ c, ctx, query }) => c.json(await getAnniversaryDigest(ctx, query.date)),
  );
}
