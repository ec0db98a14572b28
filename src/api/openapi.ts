/** @module The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
import { z } from 'zod';
import { ErrorBodySchema } from '../shared/schemas/primitives.js';
import type { RouteSpec } from './route.js';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input: the message names the field and what is wrong',
  401: 'Missing or invalid API token',
  404: 'Not found, or not visible to you',
  409: 'Conflict: someone changed it since you read it (reload and apply again), or a duplicate',
  413: 'Body too large',
  422: 'Valid shape, but a rule forbids it',
};

type AnySpec = RouteSpec<z.ZodType | undefined, z.ZodType | undefined>;

export function buildOpenApiDocument(specs: AnySpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = `/api/v1${spec.path}`.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method] = operationOf(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hindsight API',
      version: '1',
      description:
        'Blameless post-incident reviews. JSON is camelCase; instants are ISO 8601 with an offset; errors are { error: { code, message } } with permanent codes.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: jsonSchema(ErrorBodySchema, 'output') },
    },
    security: [{}, { bearer: [] }],
    paths,
  };
}

function operationOf(spec: AnySpec) {
  const parameters = [
    ...[...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...queryParameters(spec.query),
  ];
  const responses: Record<string, unknown> = {
    [spec.response.status]: {
      description: spec.response.description,
      ...(spec.response.schema
        ? {
            content: { 'application/json': { schema: jsonSchema(spec.response.schema, 'output') } },
          }
        : {}),
    },
  };
  for (const status of [
    400,
    401,
    ...(spec.body || spec.textBody ? [413] : []),
    ...(spec.errors ?? []),
  ]) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    summary: spec.summary,
    tags: [spec.tag],
    operationId: `${spec.method}${spec.path.replace(/[/:](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
    parameters,
    ...(spec.textBody
      ? {
          requestBody: {
            required: true,
            description: spec.textBody.description,
            content: Object.fromEntries(
              spec.textBody.contentTypes.map((type) => [type, { schema: { type: 'string' } }]),
            ),
          },
        }
      : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: !spec.bodyOptional,
            content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}
