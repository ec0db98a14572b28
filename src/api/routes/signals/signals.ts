/** @module /signals and /incidents/:key/signal-suggestions: read signals, and attach or dismiss them. */
import { z } from 'zod';
import { SIGNAL_SOURCES } from '../../../domain/signal.js';
import { presentTimelineEvent } from '../../../shared/presenters/timeline-event.js';
import { InstantSchema, NameSchema } from '../../../shared/schemas/primitives.js';
import { TimelineEventSchema } from '../../../shared/schemas/timeline.js';
import {
  decideSignalSuggestion,
  listSignalSuggestions,
  listSignalsPage,
} from '../../../usecases/signals.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';
import { presentSignal, SignalSchema } from './present-signal.js';
import { decodeSignalCursor, encodeSignalCursor } from './signal-cursor.js';

const SignalListQuerySchema = z.strictObject({
  source: z
    .enum(SIGNAL_SOURCES, { error: `must be one of ${SIGNAL_SOURCES.join(', ')}` })
    .optional(),
  service: NameSchema.optional(),
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
  cursor: z.string().optional(),
  limit: z.coerce
    .number({ error: 'must be a number from 1 to 500' })
    .int({ error: 'must be a number from 1 to 500' })
    .min(1, { error: 'must be a number from 1 to 500' })
    .max(500, { error: 'must be a number from 1 to 500' })
    .optional(),
});

const SuggestionDecisionSchema = z.strictObject({
  decision: z.enum(['confirm', 'dismiss'], { error: 'must be confirm or dismiss' }),
});

export function registerSignalRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/signals',
      summary: 'List received signals in time order, with filters and cursor pagination',
      tag: 'signals',
      query: SignalListQuerySchema,
      response: {
        status: 200,
        schema: z.object({ signals: z.array(SignalSchema), nextCursor: z.string().nullable() }),
        description: 'One page of signals, oldest first; pass nextCursor back as cursor',
      },
    },
    async ({ c, ctx, query }) => {
      const page = await listSignalsPage(
        ctx,
        { source: query.source, service: query.service, from: query.from, to: query.to },
        { after: decodeSignalCursor(query.cursor), limit: query.limit ?? 100 },
      );
      return c.json({
        signals: page.signals.map(presentSignal),
        nextCursor: page.next === null ? null : encodeSignalCursor(page.next),
      });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/signal-suggestions',
      summary:
        "Signals of the incident's services from impact start − 30 min to resolution + 30 min, not yet attached or dismissed",
      tag: 'signals',
      response: {
        status: 200,
        schema: z.object({ signals: z.array(SignalSchema) }),
        description: 'Suggested signals, oldest first (at most 200)',
      },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const signals = await listSignalSuggestions(ctx, incidentKeyParam(params));
      return c.json({ signals: signals.map(presentSignal) });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/signal-suggestions/:signalId',
      summary: 'Confirm a signal (attach it as a timeline event) or dismiss it',
      tag: 'signals',
      body: SuggestionDecisionSchema,
      response: {
        status: 200,
        schema: z.object({
          decision: z.enum(['attached', 'dismissed']),
          event: TimelineEventSchema.nullable(),
        }),
        description: 'What was decided, and the new timeline event when attached (status 201)',
      },
      errors: [404, 409],
    },
    async ({ c, ctx, params, body }) => {
      const result = await decideSignalSuggestion(
        ctx,
        incidentKeyParam(params),
        params.signalId ?? '',
        body.decision,
      );
      return c.json(
        {
          decision: result.decision,
          event: result.event === null ? null : presentTimelineEvent(result.event),
        },
        result.event === null ? 200 : 201,
      );
    },
  );
}
