/** @module The HTTP application: middleware, every route under /api/v1, health checks and errors. */
import { randomUUID } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
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
import { registerActionItemRoutes } from './routes/action-items/action-items.js';
import { registerAnalysisRoutes } from './routes/analysis/analysis.js';
import { registerHookRoutes } from './routes/hooks/hooks.js';
import { registerIncidentRoutes } from './routes/incidents/incidents.js';
import { registerInsightRoutes } from './routes/insights/insights.js';
import { registerMetricsRoute } from './routes/insights/metrics.js';
import { registerIntegrationRoutes } from './routes/integrations/integrations.js';
import { registerLibraryRoutes } from './routes/library/library.js';
import { registerLintRoutes } from './routes/lint/lint.js';
import { registerMilestoneRoutes } from './routes/milestones/milestones.js';
import { registerPolicyRoutes } from './routes/policies/policies.js';
import { registerReviewErrorBudgetRoute } from './routes/reviews/review-error-budgets.js';
import { registerReviewExportRoute } from './routes/reviews/review-export.js';
import { registerReviewRoutes } from './routes/reviews/reviews.js';
import { registerServiceRoutes } from './routes/services/services.js';
import { registerEventImportRoute } from './routes/signals/events-import.js';
import { registerSignalRoutes } from './routes/signals/signals.js';
import { registerTemplateRoutes } from './routes/templates/templates.js';
import { registerTimelineRoutes } from './routes/timeline/timeline.js';
import { registerWorkspaceRoutes } from './routes/workspace/workspace.js';

export interface AppDependencies {
  database: Database;
  logger: Logger;
  clock: () => Instant;
  apiToken: string | null;
  ownerName: string;
  maxBodyBytes: number;
  /** Chromium for PDF exports; null or absent means /usr/bin/chromium. */
  chromiumPath?: string | null;
  /** The built web app (dist/web), served at `/`; null serves the API alone. */
  webRoot?: string | null;
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

  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) =>
      renderError(
        c,
        'PAYLOAD_TOO_LARGE',
        `body: larger than the ${deps.maxBodyBytes} bytes allowed`,
      ),
  });
  app.use('/api/*', limitBody);
  app.use('/hooks/*', limitBody);
  registerHookRoutes(app, deps);
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

  registerMetricsRoute(app, auth);

  const routes = new RouteRegistry(app);
  registerWorkspaceRoutes(routes);
  registerIncidentRoutes(routes);
  registerTimelineRoutes(routes);
  registerMilestoneRoutes(routes);
  registerServiceRoutes(routes);
  registerReviewRoutes(routes);
  registerReviewExportRoute(routes, deps.chromiumPath ?? null);
  registerReviewErrorBudgetRoute(routes);
  registerActionItemRoutes(routes);
  registerAnalysisRoutes(routes);
  registerTemplateRoutes(routes);
  registerPolicyRoutes(routes);
  registerLintRoutes(routes);
  registerIntegrationRoutes(routes);
  registerSignalRoutes(routes);
  registerEventImportRoute(routes);
  registerInsightRoutes(routes);
  registerLibraryRoutes(routes);

  const openApi = buildOpenApiDocument(routes.specs);
  app.get('/api/v1/openapi.json', (c) => c.json(openApi));
  if (deps.webRoot) serveWebApp(app, deps.webRoot);
  return app;
}

/** Hashed assets are cached for a year; any other GET outside /api and /hooks gets index.html (SPA routes). */
function serveWebApp(app: Hono<AppEnv>, root: string): void {
  const immutable = serveStatic({
    root,
    onFound: (_path, c) => {
      c.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const page = serveStatic({
    root,
    path: 'index.html',
    onFound: (_path, c) => {
      c.header('cache-control', 'no-cache');
    },
  });
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path.startsWith('/hooks/')) return next();
    if (path.startsWith('/assets/')) return immutable(c, next);
    return page(c, next);
  });
}
