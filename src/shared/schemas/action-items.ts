/** @module Request and response shapes of action items. */
import { z } from 'zod';
import {
  ACTION_HORIZONS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
} from '../../domain/review/index.js';
import { InstantSchema, LongTextSchema, NameSchema, VersionSchema } from './primitives.js';
import { ScoreSchema } from './review-parts.js';

const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.join(', ')}` });
export const ActionItemStatusSchema = z.enum(ACTION_ITEM_STATUSES, oneOf(ACTION_ITEM_STATUSES));
const HorizonSchema = z.enum(ACTION_HORIZONS, oneOf(ACTION_HORIZONS));
const TypeSchema = z.enum(ACTION_ITEM_TYPES, oneOf(ACTION_ITEM_TYPES));

const DueDateSchema = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)' })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), {
    error: 'must be a real date (YYYY-MM-DD)',
  });

const UrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000, { error: 'must be at most 2,000 characters' });

const ItemText = LongTextSchema.max(2000, { error: 'must be at most 2,000 characters' });

export const ActionItemCreateSchema = z.strictObject({
  title: NameSchema.max(500, { error: 'must be at most 500 characters' }),
  owner: NameSchema.nullable().optional(),
  dueDate: DueDateSchema.nullable().optional(),
  horizon: HorizonSchema.optional(),
  type: TypeSchema.optional(),
  impact: ScoreSchema.optional(),
  effort: ScoreSchema.optional(),
  successCriteria: ItemText.optional(),
  validationMethod: ItemText.optional(),
  trackerUrl: UrlSchema.nullable().optional(),
});

export const ActionItemUpdateSchema = ActionItemCreateSchema.partial().extend({
  version: VersionSchema.optional(),
});

export const ActionItemTransitionSchema = z.strictObject({
  to: ActionItemStatusSchema,
  version: VersionSchema.optional(),
  verification: z
    .strictObject({
      what: ItemText,
      at: InstantSchema,
      link: UrlSchema.nullable().optional(),
    })
    .optional(),
  reason: ItemText.optional(),
});

export const ActionItemDeleteQuerySchema = z.strictObject({
  version: z.coerce
    .number({ error: 'must be the version number you read (an integer)' })
    .int({ error: 'must be an integer' })
    .min(1, { error: 'must be at least 1' })
    .max(1e9, { error: 'must be at most 1000000000' })
    .optional(),
});

export const ActionItemListQuerySchema = z.strictObject({
  owner: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  status: z
    .string()
    .max(200)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(ActionItemStatusSchema))
    .optional(),
  overdue: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((text) => text === 'true')
    .optional(),
  limit: z.coerce
    .number({ error: 'must be a number from 1 to 500' })
    .int({ error: 'must be a whole number from 1 to 500' })
    .min(1, { error: 'must be a number from 1 to 500' })
    .max(500, { error: 'must be a number from 1 to 500' })
    .optional(),
});

export const ActionItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  horizon: HorizonSchema,
  type: TypeSchema,
  impact: z.number(),
  effort: z.number(),
  successCriteria: z.string(),
  validationMethod: z.string(),
  status: ActionItemStatusSchema,
  wontDoReason: z.string().nullable(),
  verification: z
    .object({ what: z.string(), at: z.string(), link: z.string().nullable(), by: z.string() })
    .nullable(),
  doneAt: z.string().nullable(),
  trackerUrl: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const ActionItemListingSchema = ActionItemSchema.extend({
  incidentKey: z.string(),
  incidentTitle: z.string(),
});
