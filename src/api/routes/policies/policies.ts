/** @module /policies: the review policy of each severity (deadlines, follow-up, gap thresholds) and its overrides. */
import { z } from 'zod';
import type { Severity } from '../../../domain/incident.js';
import type { PolicyPatch } from '../../../domain/review/index.js';
import { SeveritySchema } from '../../../shared/schemas/incidents.js';
import { PolicyPutSchema, PolicyViewSchema } from '../../../shared/schemas/policies.js';
import { AppError } from '../../../usecases/app-error.js';
import { getPolicy, listPolicies, setPolicy } from '../../../usecases/review-policies.js';
import { etagOf, optionalVersion } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

function severityParam(params: Record<string, string>): Severity {
  const parsed = SeveritySchema.safeParse((params.severity ?? '').toUpperCase());
  if (!parsed.success) {
    throw new AppError(
      'NOT_FOUND',
      `severity ${(params.severity ?? '').slice(0, 20)} has no policy; use one of SEV1, SEV2, SEV3, SEV4`,
    );
  }
  return parsed.data;
}

export function registerPolicyRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/policies',
      summary: 'The review policy of every severity',
      tag: 'policies',
      response: {
        status: 200,
        schema: z.object({ policies: z.array(PolicyViewSchema) }),
        description: 'One policy per severity',
      },
    },
    async ({ c, ctx }) => c.json({ policies: await listPolicies(ctx) }),
  );

  routes.add(
    {
      method: 'get',
      path: '/policies/:severity',
      summary: 'The review policy of one severity, with what the workspace overrides',
      tag: 'policies',
      response: { status: 200, schema: PolicyViewSchema, description: 'The policy' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const view = await getPolicy(ctx, severityParam(params));
      c.header('etag', etagOf(view.version));
      return c.json(view);
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/policies/:severity',
      summary:
        'Replace the overrides of one severity ({} returns to the defaults); every invalid value is listed',
      tag: 'policies',
      body: PolicyPutSchema,
      response: { status: 200, schema: PolicyViewSchema, description: 'The policy now in force' },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const view = await setPolicy(
        ctx,
        severityParam(params),
        body.overrides as PolicyPatch,
        optionalVersion(c, body.version),
      );
      c.header('etag', etagOf(view.version));
      return c.json(view);
    },
  );
}
