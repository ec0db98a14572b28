/** @module /workspace: the workspace this request acts in, and who is acting. */
import { z } from 'zod';
import type { RouteRegistry } from '../../route.js';

export function registerWorkspaceRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/workspace',
      summary: 'The current workspace and actor',
      tag: 'workspace',
      response: {
        status: 200,
        schema: z.object({
          slug: z.string(),
          name: z.string(),
          incidentPrefix: z.string(),
          timeZone: z.string(),
          actor: z.object({ name: z.string() }),
        }),
        description: 'The workspace',
      },
    },
    ({ c, ctx }) =>
      c.json({
        slug: ctx.workspace.slug,
        name: ctx.workspace.name,
        incidentPrefix: ctx.workspace.incidentPrefix,
        timeZone: ctx.workspace.timeZone,
        actor: { name: ctx.actor.name },
      }),
  );
}
