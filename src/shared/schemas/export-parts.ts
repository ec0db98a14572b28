/** @module The value schemas every part of the workspace export document is made of. */
import { z } from 'zod';

export const IdSchema = z
  .string({ error: 'must be an id (a string)' })
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });
export const TextSchema = z.string({ error: 'must be a string' });
export const NonEmptySchema = TextSchema.min(1, { error: 'must not be empty' });
export const CountSchema = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' });
export const FlagSchema = z.boolean({ error: 'must be true or false' });
export const LabelsSchema = z.array(NonEmptySchema, { error: 'must be a list of strings' });
