/** @module Shapes shared by review requests and responses: ids, names, scores, why-trees and factors. */
import { z } from 'zod';
import { DEFAULT_FACTOR_CATEGORIES } from '../../domain/review/index.js';
import { InstantSchema, LongTextSchema, NameSchema } from './primitives.js';

/** A client-chosen id for a node, tree or factor, so that others can refer to it in the same write. */
export const PartIdSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

export const NameListSchema = z
  .array(NameSchema, { error: 'must be a list of names' })
  .max(50, { error: 'must have at most 50 entries' })
  .transform((names) => [...new Set(names)]);

export const ScoreSchema = z
  .number({ error: 'must be a whole number from 1 to 5' })
  .int({ error: 'must be a whole number from 1 to 5' })
  .min(1, { error: 'must be a whole number from 1 to 5' })
  .max(5, { error: 'must be a whole number from 1 to 5' });

const CategorySchema = z
  .string({ error: `must be one of ${DEFAULT_FACTOR_CATEGORIES.join(', ')}` })
  .max(50, { error: 'must be at most 50 characters' });

/** How deep a why-tree may go; deeper chains are almost always several trees. */
export const MAX_WHY_DEPTH = 8;

/** A why-tree answer as sent; ids may be left out. */
export interface WhyNodeInput {
  id?: string;
  text: string;
  rootCause?: boolean;
  category?: string | null;
  children?: WhyNodeInput[];
}

// Built level by level rather than recursively so the depth is bounded by the schema itself.
function whyNodeSchema(depth: number): z.ZodType<WhyNodeInput> {
  const node = z.strictObject({
    id: PartIdSchema.optional(),
    text: LongTextSchema.max(2000, { error: 'must be at most 2,000 characters' }),
    rootCause: z.boolean({ error: 'must be true or false' }).optional(),
    category: CategorySchema.nullable().optional(),
    children: (depth > 1
      ? z.array(whyNodeSchema(depth - 1))
      : z.array(z.never({ error: `a why-tree may be at most ${MAX_WHY_DEPTH} levels deep` }))
    )
      .max(20, { error: 'must have at most 20 answers' })
      .optional(),
  });
  return node as z.ZodType<WhyNodeInput>;
}

export const WhyTreeInputSchema = z.strictObject({
  id: PartIdSchema.optional(),
  question: NameSchema.max(500, { error: 'must be at most 500 characters' }),
  answers: z.array(whyNodeSchema(MAX_WHY_DEPTH)).max(20, { error: 'must have at most 20 answers' }),
});

export const FactorInputSchema = z.strictObject({
  id: PartIdSchema.optional(),
  category: CategorySchema,
  description: LongTextSchema.max(5000, { error: 'must be at most 5,000 characters' }),
  evidenceEventIds: z.array(PartIdSchema).max(50).optional(),
  actionItemIds: z.array(PartIdSchema).max(50).optional(),
  acceptedRisk: LongTextSchema.max(5000).nullable().optional(),
  whyNodeIds: z.array(PartIdSchema).max(50).optional(),
});

export const MeetingSchema = z.strictObject({
  at: InstantSchema.nullable(),
  attendees: z
    .array(
      z.strictObject({
        name: NameSchema,
        team: z.string().max(200, { error: 'must be at most 200 characters' }),
      }),
    )
    .max(200),
});

export const FindingOutputSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  where: z
    .object({ path: z.string(), start: z.number().optional(), end: z.number().optional() })
    .optional(),
  suggestion: z.string().optional(),
});

export interface WhyNodeOutput {
  id: string;
  text: string;
  rootCause: boolean;
  category: string | null;
  children: WhyNodeOutput[];
}

export const WhyNodeOutputSchema: z.ZodType<WhyNodeOutput> = z.object({
  id: z.string(),
  text: z.string(),
  rootCause: z.boolean(),
  category: z.string().nullable(),
  get children() {
    return z.array(WhyNodeOutputSchema);
  },
});
