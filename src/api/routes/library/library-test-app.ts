/** @module Test support: the library routes (and incident routes, to write through) over a fresh database, with a switchable reader. */
import { Hono } from 'hono';
import pino from 'pino';
import { createTestClock, type TestClock } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Actor, UseCaseContext } from '../../../usecases/context.js';
import { ensureDefaultWorkspace } from '../../../usecases/workspaces.js';
import type { AppEnv } from '../../app-env.js';
import { handleError } from '../../errors.js';
import { RouteRegistry } from '../../route.js';
import { registerIncidentRoutes } from '../incidents/incidents.js';
import { registerTimelineRoutes } from '../timeline/timeline.js';
import { registerLibraryRoutes } from './library.js';

/** No actor kind today is barred from private incidents; this one stands for the first that will be. */
export const RESTRICTED_READER = { name: 'reader', kind: 'viewer' } as unknown as Actor;

// biome-ignore lint/suspicious/noExplicitAny: tests assert on the body's shape inline.
type JsonBody = any;

export interface LibraryTestApp {
  database: TestDatabase;
  clock: TestClock;
  ctx: UseCaseContext;
  /** Who the next requests act as. */
  actAs(actor: Actor): void;
  request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json(): Promise<JsonBody> }>;
  dispose(): Promise<void>;
}

export async function createLibraryTestApp(): Promise<LibraryTestApp> {
  const database = await createTestDatabase();
  const clock = createTestClock();
  const { workspace } = await ensureDefaultWorkspace(database, clock());
  let actor: Actor = { name: 'owner', kind: 'owner' };
  const app = new Hono<AppEnv>();
  app.onError(handleError(pino({ level: 'silent' })));
  app.use('*', async (c, next) => {
    c.set('ctx', { database, workspace, actor, clock });
    await next();
  });
  const routes = new RouteRegistry(app);
  registerIncidentRoutes(routes);
  registerTimelineRoutes(routes);
  registerLibraryRoutes(routes);
  return {
    database,
    clock,
    ctx: { database, workspace, actor, clock },
    actAs: (next) => {
      actor = next;
    },
    request: async (method, path, body) =>
      await app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    dispose: () => database.dispose(),
  };
}
