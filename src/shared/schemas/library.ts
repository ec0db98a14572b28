/** @module Schemas of the learning library: search, related incidents and the anniversary digest. */
import { z } from 'zod';
import { SeveritySchema } from './incidents.js';

const DATE_MESSAGE = 'must be a date (YYYY-MM-DD)';

/** A real calendar date from 1971 on (a year earlier must still be a valid instant). */
export const CalendarDateSchema = z.string({ error: DATE_MESSAGE }).refine(
  (text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match || Number(match[1]) < 1971) return false;
    const ms = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text);
  },
  { error: DATE_MESSAGE },
);

const limitOf = (max: number) =>
  z.coerce
    .number({ error: `must be a number from 1 to ${max}` })
    .int({ error: `must be a whole number from 1 to ${max}` })
    .min(1, { error: `must be a number from 1 to ${max}` })
    .max(max, { error: `must be a number from 1 to ${max}` });

export const LibrarySearchQuerySchema = z.strictObject({
  q: z.string({ error: 'is required' }).trim().min(1, { error: 'is required' }).max(200, {
    error: 'must be at most 200 characters',
  }),
  service: z.string().max(100).optional(),
  severity: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(SeveritySchema))
    .optional(),
  category: z.string().max(100).optional(),
  tag: z.string().max(100).optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  status: z.enum(['published', 'all'], { error: 'must be published or all' }).optional(),
  cursor: z.string().max(100).optional(),
  limit: limitOf(50).optional(),
});
export type LibrarySearchQuery = z.infer<typeof LibrarySearchQuerySchema>;

export const SnippetSchema = z.object({ field: z.string(), text: z.string() });

export const LibrarySearchResultSchema = z.object({
  key: z.string(),
  title: z.string(),
  severity: z.string(),
  services: z.array(z.string()),
  publishedAt: z.string().nullable(),
  score: z.number(),
  snippets: z.array(SnippetSchema),
});

export const LibrarySearchResponseSchema = z.object({
  results: z.array(LibrarySearchResultSchema),
  nextCursor: z.string().nullable(),
});

export const RelatedQuerySchema = z.strictObject({ limit: limitOf(50).optional() });

export const RelatedIncidentSchema = z.object({
  key: z.string(),
  title: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});

export const AnniversaryQuerySchema = z.strictObject({ date: CalendarDateSchema });

export const AnniversaryResponseSchema = z.object({
  date: z.string(),
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  reviews: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      severity: z.string(),
      services: z.array(z.string()),
      publishedAt: z.string(),
      summary: z.string(),
      actionItems: z.array(
        z.object({
          title: z.string(),
          status: z.string(),
          owner: z.string().nullable(),
          dueDate: z.string().nullable(),
        }),
      ),
      actionItemCounts: z.record(z.string(), z.number()),
    }),
  ),
});
