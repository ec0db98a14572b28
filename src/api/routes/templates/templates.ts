/** @module /templates: the review templates of the workspace and which one each severity starts from. */
import { TemplatesPutSchema, TemplatesViewSchema } from '../../../shared/schemas/policies.js';
import { getTemplates, replaceTemplates } from '../../../usecases/review-templates.js';
import type { RouteRegistry } from '../../route.js';

export function registerTemplateRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/templates',
      summary: 'The review templates (the built-in one until the workspace saves its own)',
      tag: 'templates',
      response: { status: 200, schema: TemplatesViewSchema, description: 'Templates and defaults' },
    },
    async ({ c, ctx }) => c.json(await getTemplates(ctx)),
  );

  routes.add(
    {
      method: 'put',
      path: '/templates',
      summary: 'Replace the workspace’s templates; an empty list returns to the built-in one',
      tag: 'templates',
      body: TemplatesPutSchema,
      response: { status: 200, schema: TemplatesViewSchema, description: 'Templates and defaults' },
      errors: [422],
    },
    async ({ c, ctx, body }) => c.json(await replaceTemplates(ctx, body.templates)),
  );
}
