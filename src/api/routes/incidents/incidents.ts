/** @module /incidents: declare, list, read, edit and cancel incidents. */
import { z } from 'zod';
import { presentIncident } from '../../../shared/presenters/incident.js';
import { presentTimelineEvent } from '../../../shared/presenters/timeline-event.js';
import {
  IncidentCancelSchema,
  IncidentCreateSchema,
  IncidentListQuerySchema,
  IncidentListResponseSchema,
  IncidentSchema,
  IncidentUpdateSchema,
} from '../../../shared/schemas/incidents.js';
import { TimelineEventSchema } from '../../../shared/schemas/timeline.js';
import {
  cancelIncident,
  createIncident,
  getIncident,
  getIncidentStamp,
  listIncidentsPage,
  updateIncident,
} from '../../../usecases/incidents.js';
import { decodeCursor, encodeCursor } from '../../cursor.js';
import {
  etagOf,
  expectedVersion,
  incidentKeyParam,
  optionalVersion,
} from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';
import { ViewCache } from '../../view-cache.js';

const IncidentWithTimelineSchema = IncidentSchema.extend({ events: z.array(TimelineEventSchema) });

// Encoded incident views, keyed by incident version and timeline revision; 64 MiB at most.
const VIEW_CACHE_BYTES = 64 * 1024 * 1024;
const encoder = new TextEncoder();

export function registerIncidentRoutes(routes: RouteRegistry): void {
  const views = new ViewCache(VIEW_CACHE_BYTES);
  routes.add(
    {
      method: 'post',
      path: '/incidents',
      summary: 'Declare an incident',
      tag: 'incidents',
      body: IncidentCreateSchema,
      response: {
        status: 201,
        schema: IncidentSchema,
        description: 'The new incident with its key',
      },
    },
    async ({ c, ctx, body }) => {
      const incident = await createIncident(ctx, body);
      c.header('location', `/api/v1/incidents/${incident.key}`);
      c.header('etag', etagOf(incident.version));
      return c.json(presentIncident(incident), 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents',
      summary: 'List incidents, newest first, with filters and cursor pagination',
      tag: 'incidents',
      query: IncidentListQuerySchema,
      response: {
        status: 200,
        schema: IncidentListResponseSchema,
        description:
          "One page of incidents, each with its review's status (null when none was started); pass nextCursor back as cursor for the next",
      },
    },
    async ({ c, ctx, query }) => {
      const page = await listIncidentsPage(
        ctx,
        {
          severity: query.severity,
          status: query.status,
          service: query.service,
          tag: query.tag,
          text: query.q,
        },
        { before: decodeCursor(query.cursor), limit: query.limit ?? 50 },
      );
      return c.json({
        incidents: page.incidents.map((incident) => ({
          ...presentIncident(incident),
          review: page.reviews.get(incident.id) ?? null,
        })),
        nextCursor: page.nextBefore === null ? null : encodeCursor(page.nextBefore),
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key',
      summary: 'Read an incident with its timeline in time order',
      tag: 'incidents',
      response: { status: 200, schema: IncidentWithTimelineSchema, description: 'The incident' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const key = incidentKeyParam(params);
      // One row read tells whether the incident or its timeline changed since a view was encoded.
      const stamp = await getIncidentStamp(ctx, key);
      const etag = `"${stamp.version}.${stamp.timelineRevision}"`;
      c.header('etag', etag);
      c.header('cache-control', 'no-cache');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304);
      const cacheKey = `${stamp.id}:${stamp.version}:${stamp.timelineRevision}`;
      let body = views.get(cacheKey);
      if (!body) {
        const { incident, events } = await getIncident(ctx, key);
        const view = { ...presentIncident(incident), events: events.map(presentTimelineEvent) };
        body = encoder.encode(JSON.stringify(view));
        views.set(cacheKey, body);
      }
      return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'application/json' });
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/incidents/:key',
      summary: 'Edit an incident (send the version you read, or If-Match)',
      tag: 'incidents',
      body: IncidentUpdateSchema,
      response: {
        status: 200,
        schema: IncidentSchema,
        description: 'The incident after the change',
      },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...patch } = body;
      const incident = await updateIncident(
        ctx,
        incidentKeyParam(params),
        patch,
        expectedVersion(c, version),
      );
      c.header('etag', etagOf(incident.version));
      return c.json(presentIncident(incident));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/cancel',
      summary: 'Cancel an incident (a false alarm, or a duplicate); it can still be reviewed',
      tag: 'incidents',
      body: IncidentCancelSchema,
      bodyOptional: true,
      response: { status: 200, schema: IncidentSchema, description: 'The cancelled incident' },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const incident = await cancelIncident(
        ctx,
        incidentKeyParam(params),
        optionalVersion(c, body.version),
      );
      c.header('etag', etagOf(incident.version));
      return c.json(presentIncident(incident));
    },
  );
}
