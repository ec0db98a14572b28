/** @module The real HTTP app over a fresh test database, with a clock the test controls. */
import pino from 'pino';
import { createApp } from '../../src/api/app.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../../src/domain/instant.js';
import type { UseCaseContext } from '../../src/usecases/context.js';
import { ensureDefaultWorkspace } from '../../src/usecases/workspaces.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestClock {
  (): Instant;
  /** Moves the clock forward. */
  advance(ms: number): void;
  set(instant: Instant): void;
}

/** A clock that starts at `start` and ticks one millisecond per reading, so writes stay ordered. */
export function createTestClock(start = '2026-03-12T12:00:00.000Z' as Instant): TestClock {
  let ms = epochMsOf(start);
  const clock = (() => instantFromEpochMs(ms++)) as TestClock;
  clock.advance = (delta) => {
    ms += delta;
  };
  clock.set = (instant) => {
    ms = epochMsOf(instant);
  };
  return clock;
}

/** A response whose JSON body tests read freely; the assertions are what check its shape. */
export type TestResponse = Omit<Response, 'json'> & {
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on the body's shape inline.
  json(): Promise<any>;
};

export interface TestApp {
  database: TestDatabase;
  clock: TestClock;
  ctx: UseCaseContext;
  /** Sends a request to the in-process app; `body` objects are sent as JSON, strings as they are. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  dispose(): Promise<void>;
}

export async function createTestApp(
  options: { apiToken?: string | null; maxBodyBytes?: number } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = createTestClock();
  const { workspace } = await ensureDefaultWorkspace(database, clock());
  const app = createApp({
    database,
    logger: pino({ level: 'silent' }),
    clock,
    apiToken: options.apiToken ?? null,
    ownerName: 'owner',
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
  });
  return {
    database,
    clock,
    ctx: { database, workspace, actor: { name: 'owner', kind: 'owner' }, clock },
    request: async (method, path, body, headers = {}) =>
      await app.request(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    dispose: () => database.dispose(),
  };
}
