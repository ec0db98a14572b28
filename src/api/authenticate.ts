/** @module Resolves every API request to a workspace and an actor, or answers 401. */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Instant } from '../domain/instant.js';
import { DEFAULT_WORKSPACE_SLUG, type Workspace } from '../domain/workspace.js';
import type { Database } from '../storage/index.js';
import { AppError } from '../usecases/app-error.js';
import type { Actor } from '../usecases/context.js';
import { requireWorkspace } from '../usecases/workspaces.js';
import type { AppEnv } from './app-env.js';

export interface AuthOptions {
  database: Database;
  clock: () => Instant;
  /** When set, every API request must carry `Authorization: Bearer <token>`. */
  apiToken: string | null;
  ownerName: string;
}

export function authenticate(options: AuthOptions): MiddlewareHandler<AppEnv> {
  // The workspace row never changes under a running server except by import into an empty
  // database, so it is read once and kept.
  let workspace: Workspace | null = null;
  return async (c, next) => {
    const actor = actorOf(c.req.header('authorization'), options);
    workspace ??= await requireWorkspace(options.database, DEFAULT_WORKSPACE_SLUG);
    c.set('ctx', { database: options.database, workspace, actor, clock: options.clock });
    await next();
  };
}

function actorOf(header: string | undefined, options: AuthOptions): Actor {
  if (options.apiToken === null) return { name: options.ownerName, kind: 'owner' };
  const token = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (!token) {
    throw new AppError(
      'UNAUTHENTICATED',
      'authorization: send "Authorization: Bearer <token>" (HINDSIGHT_API_TOKEN)',
    );
  }
  const given = Buffer.from(token);
  const expected = Buffer.from(options.apiToken);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('UNAUTHENTICATED', 'authorization: the token is not valid');
  }
  return { name: options.ownerName, kind: 'token' };
}
