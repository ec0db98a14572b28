/** @module /incidents: declare, list, read, edit and cancel incidents. */
import { z } from 'zod';
import {
  IncidentCancelSchema,
  IncidentCreateSchema,
  IncidentListQuerySchema,
  IncidentSchema,
  IncidentUpdateSchema,
} from '../../../shared/schemas/incidents.js';
import { TimelineEventSchema } from '../../../shared/schemas/timeline.js';
import {
  cancelIncident,
  createIncident,
  getIncident,
  listIncidentsPage,
  updateIncident,
} from '../../../usecases/incidents.js';
import { decodeCursor, encodeCursor } from '../../cursor.js';
import { presentIncident } from '../../presenters/incident.js';
import { presentTimelineEvent } from '../../presenters/timeline-event.js';
import {
  etagOf,
  expectedVersion,
  incidentKeyParam,
  optionalVersion,
} from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

const IncidentWithTimelineSchema = IncidentSchema.extend({ events: z.array(TimelineEventSchema) });

export function registerIncidentRoutes(routes: RouteRegistry): void {
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
        schema: z.object({ incidents: z.array(IncidentSchema), nextCursor: z.string().nullable() }),
        description: 'One page of incidents; pass nextCursor back as cursor for the next',
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
        incidents: page.incidents.map(presentIncident),
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
      const { incident, events } = await getIncident(ctx, incidentKeyParam(params));
      c.header('etag', etagOf(incident.version));
      return c.json({ ...presentIncident(incident), events: events.map(presentTimelineEvent) });
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
