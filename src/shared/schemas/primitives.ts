/** @module Schemas for the values every resource uses: instants, zones, keys, names. */
import { z } from 'zod';
import { isIncidentKey } from '../../domain/ids.js';
import {
  type Instant,
  instantFromIso,
  isInstantProblem,
  isTimeZone,
} from '../../domain/instant.js';

/** An ISO 8601 instant with an offset; becomes the canonical UTC form. */
export const InstantSchema = z
  .string({ error: 'must be an ISO 8601 instant such as 2026-03-12T09:15:00Z' })
  .transform((text, ctx): Instant => {
    const parsed = instantFromIso(text);
    if (isInstantProblem(parsed)) {
      ctx.addIssue({ code: 'custom', message: parsed.problem });
      return z.NEVER;
    }
    return parsed;
  });

export const TimeZoneSchema = z
  .string({ error: 'must be an IANA time zone such as Europe/Paris or UTC' })
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Paris or UTC' });

export const IncidentKeySchema = z
  .string()
  .refine(isIncidentKey, { error: 'must be an incident key such as INC-42' });

/** A short single-line name: trimmed, 1–200 characters. */
export const NameSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

/** Free text such as a summary: up to 20,000 characters. */
export const LongTextSchema = z
  .string({ error: 'must be a string' })
  .max(20_000, { error: 'must be at most 20,000 characters' });

export const LabelListSchema = z
  .array(NameSchema.max(100, { error: 'must be at most 100 characters' }), {
    error: 'must be a list of strings',
  })
  .max(50, { error: 'must have at most 50 entries' })
  .transform((values) => [...new Set(values)]);

export const VersionSchema = z
  .number({ error: 'must be the version number you read (an integer)' })
  .int({ error: 'must be an integer' })
  .min(1, { error: 'must be at least 1' });

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
