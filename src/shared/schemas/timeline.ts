/** @module Request and response shapes of timeline events. */
import { z } from 'zod';
import { MANUAL_EVENT_KINDS, TIMELINE_EVENT_KINDS } from '../../domain/timeline-event.js';
import { InstantSchema, NameSchema, TimeZoneSchema, VersionSchema } from './primitives.js';

export const ManualEventKindSchema = z.enum(MANUAL_EVENT_KINDS as [string, ...string[]], {
  error: `must be one of ${MANUAL_EVENT_KINDS.join(', ')}`,
});

const LinkSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2000, { error: 'must be at most 2,000 characters' }),
  title: z.string().max(200).optional(),
});

const EventTextSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(10_000, { error: 'must be at most 10,000 characters' });

export const TimelineEventCreateSchema = z.strictObject({
  at: InstantSchema,
  /** The zone the time was observed in, for display; defaults to the offset written in `at`. */
  zone: TimeZoneSchema.optional(),
  kind: ManualEventKindSchema,
  text: EventTextSchema,
  actor: NameSchema.nullable().optional(),
  highlight: z.boolean({ error: 'must be true or false' }).optional(),
  links: z.array(LinkSchema, { error: 'must be a list of { url, title? }' }).max(20).optional(),
});

export const TimelineEventUpdateSchema = TimelineEventCreateSchema.partial().extend({
  version: VersionSchema,
});

export const TimelineEventDeleteQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});

export const TimelineEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  sourceZone: z.string(),
  kind: z.enum(TIMELINE_EVENT_KINDS),
  source: z.string(),
  actor: z.string().nullable(),
  text: z.string(),
  highlight: z.boolean(),
  links: z.array(z.object({ url: z.string(), title: z.string().optional() })),
  change: z.object({ field: z.string(), from: z.unknown(), to: z.unknown() }).nullable(),
  version: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
});
