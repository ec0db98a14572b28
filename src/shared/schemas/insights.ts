/** @module Query schemas of the insights API and CLI: range, zone, period, output format. */
import { z } from 'zod';
import { PERIODS } from '../../domain/insights/periods.js';
import { InstantSchema, TimeZoneSchema } from './primitives.js';

const MAX_RANGE_DAYS = 3660;

export const InsightQuerySchema = z
  .strictObject({
    from: InstantSchema.optional(),
    to: InstantSchema.optional(),
    zone: TimeZoneSchema.optional(),
    period: z.enum(PERIODS, { error: 'must be one of week, month, quarter' }).optional(),
    recurrenceDays: z
      .string({ error: 'must be a whole number of days from 1 to 730' })
      .regex(/^\d{1,3}$/, { error: 'must be a whole number of days from 1 to 730' })
      .transform(Number)
      .refine((n) => n >= 1 && n <= 730, { error: 'must be a whole number of days from 1 to 730' })
      .optional(),
    format: z.enum(['json', 'csv'], { error: 'must be json or csv' }).optional(),
    table: z.string().max(40, { error: 'must be at most 40 characters' }).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined) {
      if (query.to <= query.from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
      } else if (Date.parse(query.to) - Date.parse(query.from) > MAX_RANGE_DAYS * 86_400_000) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `must be at most ${MAX_RANGE_DAYS} days after from`,
        });
      }
    }
  });
export type InsightQueryInput = z.output<typeof InsightQuerySchema>;

/** Loose response shapes for the API description; each figure carries its own definition. */
export const InsightBodySchema = z.looseObject({});
