/** @module Request and response shapes of review policies, templates and the text checker. */
import { z } from 'zod';
import { ACTION_HORIZONS, GAP_PHASES } from '../../domain/review/index.js';
import { SeveritySchema } from './incidents.js';
import { LongTextSchema, NameSchema } from './primitives.js';
import { PartIdSchema } from './review-parts.js';

// Ranges are checked by policyFromPartial, which lists every problem at once; here only types.
const Whole = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(-1e9, { error: 'must be a whole number' })
  .max(1e9, { error: 'must be a whole number' });

const partialRecord = (keys: readonly string[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, Whole.optional()])));

export const PolicyPatchSchema = z.strictObject({
  reviewRequired: z.boolean({ error: 'must be true or false' }).optional(),
  draftDueHours: Whole.optional(),
  meetingDueHours: Whole.optional(),
  publishDueHours: Whole.optional(),
  actionDueDays: partialRecord(ACTION_HORIZONS).optional(),
  followUpDays: Whole.optional(),
  verificationDueDays: Whole.optional(),
  gapThresholdsSeconds: partialRecord(GAP_PHASES).optional(),
  silenceThresholdSeconds: Whole.optional(),
});

export const PolicyPutSchema = z.strictObject({
  overrides: PolicyPatchSchema,
  version: z
    .number({ error: 'must be the version number you read (an integer)' })
    .int({ error: 'must be an integer' })
    .min(0, { error: 'must be 0 or more' })
    .optional(),
});

const PolicyOutput = z.object({
  reviewRequired: z.boolean(),
  draftDueHours: z.number(),
  meetingDueHours: z.number(),
  publishDueHours: z.number(),
  actionDueDays: z.record(z.string(), z.number()),
  followUpDays: z.number(),
  verificationDueDays: z.number(),
  gapThresholdsSeconds: z.record(z.string(), z.number()),
  silenceThresholdSeconds: z.number(),
});

export const PolicyViewSchema = z.object({
  severity: SeveritySchema,
  policy: PolicyOutput,
  overrides: z.record(z.string(), z.unknown()),
  version: z.number(),
});

const TemplateSectionSchema = z.strictObject({
  key: PartIdSchema,
  title: NameSchema,
  prompt: LongTextSchema.max(2000, { error: 'must be at most 2,000 characters' }),
  help: LongTextSchema.max(5000, { error: 'must be at most 5,000 characters' }),
});

export const TemplateSchema = z.strictObject({
  id: PartIdSchema,
  name: NameSchema,
  severities: z.array(SeveritySchema).max(10),
  sections: z.array(TemplateSectionSchema).max(30, { error: 'must have at most 30 sections' }),
  defaultWhyQuestions: z
    .array(NameSchema.max(500, { error: 'must be at most 500 characters' }))
    .max(10, { error: 'must have at most 10 questions' }),
});

export const TemplatesPutSchema = z.strictObject({
  templates: z.array(TemplateSchema).max(20, { error: 'must have at most 20 templates' }),
});

export const TemplatesViewSchema = z.object({
  templates: z.array(TemplateSchema),
  defaults: z.record(z.string(), z.string()),
  custom: z.boolean(),
});

export const LintRequestSchema = z.strictObject({
  text: LongTextSchema,
  kind: z.enum(['narrative', 'actionItem'], { error: 'must be one of narrative, actionItem' }),
  participants: z.array(NameSchema).max(500, { error: 'must have at most 500 entries' }).optional(),
});

export const LintResponseSchema = z.object({
  findings: z.array(
    z.object({
      rule: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      start: z.number(),
      end: z.number(),
      suggestion: z.string().optional(),
    }),
  ),
});
