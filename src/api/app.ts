/** @module The HTTP application: middleware, every route under /api/v1, health checks and errors. */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import type { Instant } from '../domain/instant.js';
import { type Database, isDatabaseReachable } from '../storage/index.js';
import type { AppEnv } from './app-env.js';
import { authenticate } from './authenticate.js';
import { authorize } from './authorize.js';
import { handleError, renderError } from './errors.js';
import { buildOpenApiDocument } from './openapi.js';
import { RouteRegistry } from './route.js';
import { registerIncidentRoutes } from './routes/incidents/incidents.js';
import { registerMilestoneRoutes } from './routes/milestones/milestones.js';
import { registerServiceRoutes } from './routes/services/services.js';
import { registerTimelineRoutes } from './routes/timeline/timeline.js';
import { registerWorkspaceRoutes } from './routes/workspace/workspace.js';

export interface AppDependencies {
  database: Database;
  logger: Logger;
  clock: () => Instant;
  apiToken: string | null;
  ownerName: string;
  maxBodyBytes: number;
}

export function createApp(deps: AppDependencies): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError(deps.logger));
  app.notFound((c) => renderError(c, 'NOT_FOUND', `${c.req.method} ${c.req.path}: no such route`));

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 100) || randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    await next();
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) =>
    (await isDatabaseReachable(deps.database))
      ? c.json({ status: 'ready', database: deps.database.dialect })
      : c.json({ status: 'unavailable', database: deps.database.dialect }, 503),
  );

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) =>
        renderError(
          c,
          'PAYLOAD_TOO_LARGE',
          `body: larger than the ${deps.maxBodyBytes} bytes allowed`,
        ),
    }),
  );
  const auth = authenticate(deps);
  app.use('/api/v1/*', async (c, next) => {
    if (c.req.path === '/api/v1/openapi.json') return next();
    return auth(c, async () => {
      authorize(
        c.get('ctx').actor,
        c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write',
      );
      await next();
    });
  });

  const routes = new RouteRegistry(app);
  registerWorkspaceRoutes(routes);
  registerIncidentRoutes(routes);
  registerTimelineRoutes(routes);
  registerMilestoneRoutes(routes);
  registerServiceRoutes(routes);

  const openApi = buildOpenApiDocument(routes.specs);
  app.get('/api/v1/openapi.json', (c) => c.json(openApi));
  return app;
}
