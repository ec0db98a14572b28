/** @module POST /incidents/:key/events/import: a CSV or JSONL body of timeline events, all or nothing. */
import { z } from 'zod';
import { eventRowsFromChunks, eventsFormatOf } from '../../../ingest/events-file/event-rows.js';
import { TimeZoneSchema } from '../../../shared/schemas/primitives.js';
import { AppError } from '../../../usecases/app-error.js';
import { importTimelineEvents } from '../../../usecases/import-events.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

export function registerEventImportRoute(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/events/import',
      summary: 'Import timeline events from a CSV or JSONL body (all or nothing)',
      tag: 'timeline',
      textBody: {
        contentTypes: ['text/csv', 'application/x-ndjson'],
        description:
          'Columns time, zone, kind, actor, text, source id (src/ingest/events-file/README.md)',
      },
      query: z.strictObject({ zone: TimeZoneSchema.optional() }),
      response: {
        status: 201,
        schema: z.object({ read: z.number(), imported: z.number(), duplicates: z.number() }),
        description: 'How many rows were read, imported, and skipped as already imported',
      },
      errors: [404],
    },
    async ({ c, ctx, params, query }) => {
      const format = eventsFormatOf(c.req.header('content-type') ?? '');
      if (format === null) {
        throw new AppError(
          'VALIDATION_FAILED',
          'content-type: must be text/csv or application/x-ndjson',
        );
      }
      const key = incidentKeyParam(params);
      // The body limit on /api/* bounds this text.
      const body = await c.req.text();
      const summary = await importTimelineEvents(
        ctx,
        key,
        eventRowsFromChunks([body], format, query.zone ?? null),
        { origin: `api ${format}` },
      );
      return c.json(summary, 201);
    },
  );
}
