/** @module Vitest global setup for the browser tests: builds dist/web when it is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** What the bundle is made of: the app, the shared schemas and the domain constants they pull in. */
const SOURCES = ['src/web', 'src/shared', 'src/domain', 'package-lock.json'];
export const WEB_DIST = join(ROOT, 'dist/web');

function newestMtimeMs(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/** True when dist/web/index.html exists and is newer than every source file. */
export function isWebBuildFresh(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((source) => newestMtimeMs(join(ROOT, source)) <= built);
}

/** Runs `vite build` with the app's config unless the build is fresh. */
export async function ensureWebBuild(): Promise<void> {
  if (isWebBuildFresh()) return;
  // A child process, because Vitest sets NODE_ENV=test, which would bundle React's development build.
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
}

export default async function setup(): Promise<void> {
  await ensureWebBuild();
}
