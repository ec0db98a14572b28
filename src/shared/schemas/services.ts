/** @module Request and response shapes of the service catalog. */
import { z } from 'zod';
import { LabelListSchema, NameSchema, VersionSchema } from './primitives.js';

export const ServiceCreateSchema = z.strictObject({
  name: NameSchema.max(100, { error: 'must be at most 100 characters' }),
  owningTeam: NameSchema.nullable().optional(),
  sloTarget: z
    .number({ error: 'must be a fraction such as 0.999' })
    .gt(0, { error: 'must be a fraction above 0, such as 0.999' })
    .lt(1, { error: 'must be a fraction below 1, such as 0.999' })
    .nullable()
    .optional(),
  sloWindowDays: z
    .number({ error: 'must be a whole number of days' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day' })
    .max(366, { error: 'must be at most 366 days' })
    .optional(),
  revenuePerHour: z
    .number({ error: 'must be a number' })
    .min(0, { error: 'must not be negative' })
    .max(1e12, { error: 'must be at most 1e12' })
    .nullable()
    .optional(),
  tags: LabelListSchema.optional(),
});

export const ServiceUpdateSchema = ServiceCreateSchema.partial().extend({ version: VersionSchema });

export const ServiceSchema = z.object({
  name: z.string(),
  owningTeam: z.string().nullable(),
  sloTarget: z.number().nullable(),
  sloWindowDays: z.number(),
  revenuePerHour: z.number().nullable(),
  tags: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
