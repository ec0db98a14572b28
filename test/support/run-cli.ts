/** @module Runs the real CLI `main` in-process with captured output, against a throw-away data dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import type { Instant } from '../../src/domain/instant.js';
import { openConfiguredDatabase } from '../../src/server.js';
import { migrateToLatest } from '../../src/storage/index.js';
import type { UseCaseContext } from '../../src/usecases/context.js';
import { ensureDefaultWorkspace } from '../../src/usecases/workspaces.js';
import { createTestClock } from './test-app.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    stopSignal: new Promise(() => {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export interface CliDataDir {
  env: Record<string, string>;
  /** Runs `work` with a use-case context on the data dir's database, then closes it. */
  withContext<T>(work: (ctx: UseCaseContext) => Promise<T>): Promise<T>;
  dispose(): void;
}

/** A temp HINDSIGHT_DATA_DIR whose SQLite database is migrated and has the default workspace. */
export async function createCliDataDir(): Promise<CliDataDir> {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-cli-'));
  const env = { HINDSIGHT_DATA_DIR: dir, HINDSIGHT_OWNER: 'Robin' };
  const clock = createTestClock('2026-03-12T12:00:00.000Z' as Instant);
  const withContext = async <T>(work: (ctx: UseCaseContext) => Promise<T>): Promise<T> => {
    const database = openConfiguredDatabase(loadConfig(env));
    try {
      await migrateToLatest(database);
      const { workspace } = await ensureDefaultWorkspace(database, clock());
      return await work({ database, workspace, actor: { name: 'Robin', kind: 'owner' }, clock });
    } finally {
      await database.close();
    }
  };
  await withContext(async () => undefined);
  return { env, withContext, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
