/** @module Zod pieces the webhook parsers share, and the one place a zod error becomes `field: what is wrong`. */
import { type core, z } from 'zod';
import { type Instant, instantFromIso, isInstantProblem, zoneOfIso } from '../../domain/instant.js';

/** An ISO 8601 instant with its offset, kept with the zone it was written in. */
export const isoInstant = z.string().transform((text, ctx): { at: Instant; zone: string } => {
  const parsed = instantFromIso(text);
  if (isInstantProblem(parsed)) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return { at: parsed, zone: zoneOfIso(text) ?? 'UTC' };
});

/** Label and annotation maps: text keys to text values. */
export const textMap = z.record(z.string(), z.string());

/** An optional text where the source sends `""` for "none". */
export const optionalText = z
  .string()
  .nullish()
  .transform((text) => (text ? text : null));

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : `${typeof input} ${JSON.stringify(input)}`;
}

function messageOf(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = issue.expected === 'int' ? 'integer' : issue.expected;
      const article = /^[aeiou]/.test(expected) ? 'an' : 'a';
      return `must be ${article} ${expected}, got ${describeInput(issue.input).slice(0, 60)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return boundMessage('at least', issue.minimum, issue.origin);
    case 'too_big':
      return boundMessage('at most', issue.maximum, issue.origin);
    default:
      return undefined;
  }
}

function boundMessage(bound: string, limit: number | bigint, origin: string): string {
  if (origin === 'string') return `must have ${bound} ${limit} characters`;
  if (origin === 'array' || origin === 'set') return `must have ${bound} ${limit} items`;
  return `must be ${bound} ${limit}`;
}

/** Parses `payload` with `schema`; the first issue becomes `path.to.field: what is wrong`. */
export function parsePayload<T extends z.ZodType>(
  schema: T,
  payload: unknown,
): { value: z.output<T> } | { problem: string } {
  const result = schema.safeParse(payload, { error: messageOf });
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.length === 0 ? 'body' : issue.path.map(String).join('.');
  return { problem: `${path}: ${issue.message}` };
}
