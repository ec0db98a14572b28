/**
 * @module fast-check arbitraries read off the JSON Schemas of the OpenAPI document: values a
 * field accepts, and values of a JSON type it does not.
 */
import fc from 'fast-check';
import { MILESTONE_NAMES } from '../../src/domain/milestones.js';

export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxItems?: number;
  format?: string;
}

// The document says `string` for instants and zones; their names say what they hold.
export const INSTANT_FIELDS: ReadonlySet<string> = new Set(['at', ...MILESTONE_NAMES]);
const ZONE_FIELDS: ReadonlySet<string> = new Set(['zone', 'timeZone']);

const JSON_TYPES = ['string', 'number', 'boolean', 'null', 'array', 'object'] as const;

/** The JSON types a schema accepts (integer counts as number), or null when it does not say. */
export function jsonTypesOf(schema: JsonSchema): Set<string> | null {
  if (schema.anyOf) {
    const types = new Set<string>();
    for (const branch of schema.anyOf) {
      const branchTypes = jsonTypesOf(branch);
      if (!branchTypes) return null;
      for (const type of branchTypes) types.add(type);
    }
    return types;
  }
  if (schema.type === undefined) return null;
  const listed = Array.isArray(schema.type) ? schema.type : [schema.type];
  return new Set(listed.map((type) => (type === 'integer' ? 'number' : type)));
}

/** Any JSON value, including awkward numbers and nested containers. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** A JSON value of a type the schema refuses, or null when the schema's types are unknown. */
export function wrongValueOf(schema: JsonSchema): fc.Arbitrary<unknown> | null {
  const allowed = jsonTypesOf(schema);
  if (!allowed) return null;
  const byType: Record<(typeof JSON_TYPES)[number], fc.Arbitrary<unknown>> = {
    string: fc.oneof(fc.string(), fc.constantFrom('', 'true', '1', 'null', '{}')),
    number: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -1, 1e308, 2 ** 53, 0.5),
    ),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(anyJsonValue, { maxLength: 4 }),
    object: fc.dictionary(fc.string({ maxLength: 8 }), anyJsonValue, { maxKeys: 4 }),
  };
  const wrong = JSON_TYPES.filter((type) => !allowed.has(type)).map((type) => byType[type]);
  return wrong.length > 0 ? fc.oneof(...wrong) : null;
}

const VALID_INSTANTS = [
  '2026-03-12T09:15:00Z',
  '2026-03-12T10:15:00+01:00',
  '2026-03-12T04:15:00.250-05:00',
];

/** A value the field accepts; `name` tells instants and zones from other strings. */
export function validValueOf(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  if (INSTANT_FIELDS.has(name)) {
    const instant = fc.constantFrom(...VALID_INSTANTS);
    return jsonTypesOf(schema)?.has('null') ? fc.option(instant, { nil: null }) : instant;
  }
  if (ZONE_FIELDS.has(name)) return fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York');
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => validValueOf(name, branch)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uri') return fc.constant('https://example.com/runbook');
      return fc.stringMatching(/^[a-z][a-z0-9 -]{0,18}[a-z0-9]$/);
    case 'integer':
      return fc.integer({
        min: schema.minimum ?? 1,
        max: Math.min(schema.maximum ?? 1000, 1000),
      });
    case 'number': {
      const min = schema.exclusiveMinimum ?? schema.minimum ?? 0;
      const max = Math.min(schema.exclusiveMaximum ?? schema.maximum ?? 1000, 1e6);
      return fc.double({ min, max, noNaN: true, minExcluded: true, maxExcluded: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validValueOf(name, schema.items ?? {}), {
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object':
      return validObjectOf(schema);
    default:
      return anyJsonValue;
  }
}

/** An object with every required property and some optional ones, all valid. */
export function validObjectOf(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, validValueOf(name, property)]),
  );
  return fc.record(model, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}
