import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from './support/build-web.js';
import { startWebServer, type WebServer } from './support/web-server.js';

/** The JavaScript the browser must load before the app runs: the entry script and what it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...entries, ...preloads];
}

describe('the production build of the web app', () => {
  it('loads at most 200 KB of gzipped JavaScript before the first screen', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(WEB_DIST, file))).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
  });
});

describe('hindsight serve with the built app', () => {
  let server: WebServer;

  beforeAll(async () => {
    server = await startWebServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('serves the app at / and at any screen path, never cached', async () => {
    for (const path of ['/', '/incidents/INC-7']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const asset = readdirSync(join(WEB_DIST, 'assets')).find((file) => file.endsWith('.js'))!;
    const response = await fetch(`${server.url}/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown API paths and missing assets with a 404, not the app', async () => {
    const api = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'GET /api/v1/nothing-here: no such route' },
    });
    expect((await fetch(`${server.url}/assets/missing-123.js`)).status).toBe(404);
  });
});
