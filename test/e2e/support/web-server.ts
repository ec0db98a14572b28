/** @module The real Hindsight server on a free port over a throw-away SQLite directory, serving the built app. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { startServer } from '../../../src/server.js';

export interface WebServer {
  url: string;
  /** Calls the API as a script would: JSON in, parsed JSON out; throws on an error status. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function startWebServer(
  options: { demo?: boolean; timeZone?: string } = {},
): Promise<WebServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hindsight-web-'));
  const config = loadConfig({
    HINDSIGHT_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    HINDSIGHT_DEMO: options.demo ? 'true' : 'false',
    HINDSIGHT_TIME_ZONE: options.timeZone ?? 'UTC',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(config);
  return {
    url: server.url,
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
