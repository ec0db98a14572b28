/** @module /incidents/:key/events: the timeline, in time order; add, edit and delete entries. */
import { z } from 'zod';
import type { TimelineEventId } from '../../../domain/ids.js';
import { zoneOfIso } from '../../../domain/instant.js';
import { presentTimelineEvent } from '../../../shared/presenters/timeline-event.js';
import {
  TimelineEventCreateSchema,
  TimelineEventDeleteQuerySchema,
  TimelineEventSchema,
  TimelineEventUpdateSchema,
} from '../../../shared/schemas/timeline.js';
import {
  addTimelineEvent,
  editTimelineEvent,
  listTimeline,
  removeTimelineEvent,
  type TimelineEventCreate,
} from '../../../usecases/timeline.js';
import { etagOf, expectedVersion, incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

export function registerTimelineRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/events',
      summary: 'List the timeline of an incident in time order',
      tag: 'timeline',
      response: {
        status: 200,
        schema: z.object({ events: z.array(TimelineEventSchema) }),
        description: 'Every event, oldest first',
      },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const events = await listTimeline(ctx, incidentKeyParam(params));
      return c.json({ events: events.map(presentTimelineEvent) });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/events',
      summary: 'Add an event to the timeline',
      tag: 'timeline',
      body: TimelineEventCreateSchema,
      response: { status: 201, schema: TimelineEventSchema, description: 'The new event' },
      errors: [404],
    },
    async ({ c, ctx, params, body, rawBody }) => {
      const input: TimelineEventCreate = {
        at: body.at,
        sourceZone: body.zone ?? zoneOfIso(String((rawBody as { at?: unknown }).at)) ?? 'UTC',
        kind: body.kind as TimelineEventCreate['kind'],
        text: body.text,
        actor: body.actor ?? null,
        highlight: body.highlight ?? false,
        links: body.links ?? [],
      };
      const event = await addTimelineEvent(ctx, incidentKeyParam(params), input);
      c.header('etag', etagOf(event.version));
      return c.json(presentTimelineEvent(event), 201);
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/incidents/:key/events/:id',
      summary: 'Edit a timeline event (send the version you read)',
      tag: 'timeline',
      body: TimelineEventUpdateSchema,
      response: {
        status: 200,
        schema: TimelineEventSchema,
        description: 'The event after the change',
      },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body, rawBody }) => {
      const { version, zone, kind, ...rest } = body;
      const rawAt = (rawBody as { at?: unknown }).at;
      const sourceZone =
        zone ?? (rest.at !== undefined ? (zoneOfIso(String(rawAt)) ?? undefined) : undefined);
      const event = await editTimelineEvent(
        ctx,
        incidentKeyParam(params),
        (params.id ?? '') as TimelineEventId,
        { ...rest, kind: kind as TimelineEventCreate['kind'] | undefined, sourceZone },
        expectedVersion(c, version),
      );
      c.header('etag', etagOf(event.version));
      return c.json(presentTimelineEvent(event));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/incidents/:key/events/:id',
      summary: 'Delete a timeline event (recorded in the audit log)',
      tag: 'timeline',
      query: TimelineEventDeleteQuerySchema,
      response: { status: 204, description: 'Deleted' },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, query }) => {
      const header = c.req.header('if-match');
      const version = query.version ?? (header ? expectedVersion(c, undefined) : null);
      await removeTimelineEvent(
        ctx,
        incidentKeyParam(params),
        (params.id ?? '') as TimelineEventId,
        version,
      );
      return c.body(null, 204);
    },
  );
}
