/** @module /integrations: configure webhook sources (the secret is shown once, at creation). */
import { z } from 'zod';
import { SIGNAL_SOURCES } from '../../../domain/signal.js';
import { NameSchema } from '../../../shared/schemas/primitives.js';
import type { Integration } from '../../../storage/index.js';
import {
  changeIntegration,
  createIntegration,
  disableIntegration,
  listWorkspaceIntegrations,
  webhookPathOf,
} from '../../../usecases/integrations.js';
import { authorize } from '../../authorize.js';
import type { RouteRegistry } from '../../route.js';

const IntegrationCreateSchema = z.strictObject({
  source: z.enum(SIGNAL_SOURCES, { error: `must be one of ${SIGNAL_SOURCES.join(', ')}` }),
  name: NameSchema.optional(),
});

const IntegrationUpdateSchema = z.strictObject({
  name: NameSchema.optional(),
  clockOffsetSeconds: z
    .number({ error: 'must be a whole number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(-86_400, { error: 'must be between -86400 and 86400 (one day)' })
    .max(86_400, { error: 'must be between -86400 and 86400 (one day)' })
    .optional(),
});

const IntegrationSchema = z.object({
  id: z.string(),
  source: z.enum(SIGNAL_SOURCES),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  clockOffsetSeconds: z.number(),
  createdAt: z.string(),
});

const CreatedIntegrationSchema = IntegrationSchema.extend({ secret: z.string() });

export function presentIntegration(integration: Integration) {
  return {
    id: integration.id,
    source: integration.source,
    name: integration.name,
    url: webhookPathOf(integration),
    enabled: integration.enabled,
    clockOffsetSeconds: integration.clockOffsetSeconds,
    createdAt: integration.createdAt,
  };
}

export function registerIntegrationRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'post',
      path: '/integrations',
      summary: 'Create a webhook integration; its secret is in this response only',
      tag: 'integrations',
      body: IntegrationCreateSchema,
      response: {
        status: 201,
        schema: CreatedIntegrationSchema,
        description: 'The integration, the path to configure in the tool, and its secret',
      },
    },
    async ({ c, ctx, body }) => {
      authorize(ctx.actor, 'admin');
      const integration = await createIntegration(ctx, body);
      c.header('location', `/api/v1/integrations/${integration.id}`);
      return c.json({ ...presentIntegration(integration), secret: integration.secret }, 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/integrations',
      summary: 'List integrations (without secrets), disabled ones included',
      tag: 'integrations',
      response: {
        status: 200,
        schema: z.object({ integrations: z.array(IntegrationSchema) }),
        description: 'Every integration, oldest first',
      },
    },
    async ({ c, ctx }) => {
      const integrations = await listWorkspaceIntegrations(ctx);
      return c.json({ integrations: integrations.map(presentIntegration) });
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/integrations/:id',
      summary: "Rename an integration or set the offset that corrects its source's clock",
      tag: 'integrations',
      body: IntegrationUpdateSchema,
      response: { status: 200, schema: IntegrationSchema, description: 'The integration' },
      errors: [404],
    },
    async ({ c, ctx, params, body }) => {
      authorize(ctx.actor, 'admin');
      const integration = await changeIntegration(ctx, params.id ?? '', body);
      return c.json(presentIntegration(integration));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/integrations/:id',
      summary: 'Disable an integration: its deliveries are refused, its signals are kept',
      tag: 'integrations',
      response: { status: 204, description: 'Disabled' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      authorize(ctx.actor, 'admin');
      await disableIntegration(ctx, params.id ?? '');
      return c.body(null, 204);
    },
  );
}
