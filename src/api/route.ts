/**
 * @module Declares a route once: it is registered with Hono, its input is validated by the same zod
 * schemas, and it is described in the OpenAPI document.
 */
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { describeFirstIssue } from '../shared/format-issues.js';
import { AppError } from '../usecases/app-error.js';
import type { UseCaseContext } from '../usecases/context.js';
import type { AppEnv } from './app-env.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: Method;
  /** Hono-style path below /api/v1, e.g. `/incidents/:key`. */
  path: string;
  summary: string;
  tag: string;
  body?: B;
  /** An empty body is read as `{}` (for actions whose fields are all optional). */
  bodyOptional?: boolean;
  query?: Q;
  /** A non-JSON body (CSV, JSONL…) the handler reads itself; described in OpenAPI as text. */
  textBody?: { contentTypes: string[]; description: string };
  /** The success response: status and schema. */
  response: { status: number; schema?: z.ZodType; description: string };
  /** Error statuses this route can answer besides 400/401/500. */
  errors?: number[];
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<B, Q> {
  c: Context<AppEnv>;
  ctx: UseCaseContext;
  body: B;
  /** The JSON body as sent, before parsing (e.g. to keep the offset a client wrote). */
  rawBody: unknown;
  query: Q;
  params: Record<string, string>;
}

/** Collects route specs for the OpenAPI document while registering handlers. */
export class RouteRegistry {
  readonly specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[] = [];

  constructor(private readonly app: Hono<AppEnv>) {}

  add<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (input: RouteInput<Parsed<B>, Parsed<Q>>) => Promise<Response> | Response,
  ): void {
    this.specs.push(spec);
    this.app.on(spec.method.toUpperCase(), `/api/v1${spec.path}`, async (c) => {
      const rawBody = spec.body ? await readJson(c, spec.bodyOptional ?? false) : undefined;
      const body = spec.body ? parseWith(spec.body, rawBody, 'body') : undefined;
      const query = spec.query ? parseWith(spec.query, c.req.query(), 'query') : undefined;
      const params = c.req.param() as Record<string, string>;
      rejectNulCharacters(params, '');
      return handler({
        c,
        ctx: c.get('ctx'),
        body: body as Parsed<B>,
        rawBody,
        query: query as Parsed<Q>,
        params,
      });
    });
  }
}

function parseWith(schema: z.ZodType, value: unknown, root: string): unknown {
  // Without the input on each issue, a value of the wrong type reads as a missing one.
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success)
    throw new AppError('VALIDATION_FAILED', describeFirstIssue(result.error, root));
  rejectNulCharacters(result.data, root);
  return result.data;
}

/**
 * PostgreSQL cannot store U+0000 in text (SQLite can), so it is refused at the edge on both engines
 * rather than becoming a 500 on one. Parsed values are shallow (the schemas bound their depth).
 */
function rejectNulCharacters(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${path || 'path'}: must not contain the NUL character (\\u0000)`,
      );
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      rejectNulCharacters(
        item,
        path === '' || path === 'body' || path === 'query' ? key : `${path}.${key}`,
      );
    }
  }
}

async function readJson(c: Context, optional: boolean): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '' && optional) return {};
  if (text.trim() === '')
    throw new AppError('VALIDATION_FAILED', 'body: is required (a JSON object)');
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'body: must be valid JSON');
  }
}
