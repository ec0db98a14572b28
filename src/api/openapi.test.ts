import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import { createApp } from './app.js';

interface Operation {
  operationId: string;
  parameters: { name: string; in: string }[];
  requestBody?: { content: { 'application/json': { schema: { type?: string } } } };
  responses: Record<string, unknown>;
}
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
};

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await (await t.request('GET', '/api/v1/openapi.json')).json()) as Document;
});
afterAll(() => t.dispose());

/**
 * Hono's `/incidents/:key` is OpenAPI's `/incidents/{key}`; a parameter pinned to literal text
 * (`:action{events:import}`) is that text.
 */
function openApiPathOf(honoPath: string): string {
  return honoPath.replace(/\/:\w+\{([\w:.-]+)\}/g, '/$1').replace(/\/:(\w+)/g, '/{$1}');
}

/** Every route Hono has under /api/v1, except the document itself and middleware. */
function registeredRoutes(): string[] {
  const app = createApp({
    database: t.database,
    logger: pino({ level: 'silent' }),
    clock: t.clock,
    apiToken: null,
    ownerName: 'owner',
    maxBodyBytes: 1024,
  });
  const routes = app.routes
    .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
    .filter((r) => r.path !== '/api/v1/openapi.json')
    .map((r) => `${r.method.toLowerCase()} ${openApiPathOf(r.path)}`);
  return [...new Set(routes)].sort();
}

function documentedRoutes(): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
    .sort();
}

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents every route the app serves, and no route it does not serve', () => {
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThan(10);
    expect(documentedRoutes()).toEqual(registered);
  });

  it('describes a request body for every write that takes one: a JSON object, or text for imports', () => {
    const withoutBody = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method, op]) => ['post', 'put', 'patch'].includes(method) && !op.requestBody)
        .map(([method]) => `${method} ${path}`),
    );
    expect(withoutBody).toEqual([]);
    for (const operations of Object.values(doc.paths)) {
      for (const op of Object.values(operations)) {
        if (op.requestBody?.content['application/json']) {
          expect(op.requestBody.content['application/json'].schema.type).toBe('object');
        } else if (op.requestBody) {
          expect(Object.values(op.requestBody.content).map((c) => c.schema.type)).toEqual([
            'string',
            'string',
          ]);
        }
      }
    }
  });

  it('names every path parameter and gives each operation a unique id and a 400', () => {
    const ids = new Set<string>();
    for (const [path, operations] of Object.entries(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(operations)) {
        expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(inPath);
        expect(op.responses).toHaveProperty('400');
        ids.add(op.operationId);
      }
    }
    expect(ids.size).toBe(documentedRoutes().length);
  });

  it('lists the query parameters of the incident list', () => {
    const list = doc.paths['/api/v1/incidents']?.get;
    expect(list?.parameters.map((p) => p.name)).toEqual([
      'severity',
      'status',
      'service',
      'tag',
      'q',
      'cursor',
      'limit',
    ]);
  });
});
