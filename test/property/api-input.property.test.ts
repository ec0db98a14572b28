/**
 * Client input never yields a 5xx and never changes stored data. Every route of the OpenAPI
 * document gets malformed JSON, wrong types, huge strings, impossible dates, unknown ids, random
 * query strings and path segments, and deep nesting; each answer must be < 500 with an error body,
 * and every table must read the same after the batch as before it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INSTANT_FIELDS,
  type JsonSchema,
  jsonTypesOf,
  validObjectOf,
  wrongValueOf,
} from '../support/json-schema-arbitraries.js';
import { snapshotStore } from '../support/store-snapshot.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const NUM_RUNS = 100;
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

interface Operation {
  method: string;
  path: string;
  params: string[];
  queryNames: string[];
  body: JsonSchema | null;
}

interface Probe {
  method: string;
  path: string;
  body?: string;
  headers: Record<string, string>;
}

/** Ids that exist after seeding, by path parameter name. */
type KnownIds = Record<string, string[]>;

let t: TestApp;
let operations: Operation[];
let known: KnownIds;

beforeAll(async () => {
  t = await createTestApp();
  known = await seed(t);
  const doc = (await (await t.request('GET', '/api/v1/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters: { name: string; in: string }[];
          requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
        }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({
      method,
      path,
      params: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
      queryNames: op.parameters.filter((p) => p.in === 'query').map((p) => p.name),
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
});
afterAll(() => t.dispose());

async function seed(app: TestApp): Promise<KnownIds> {
  const json = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(method, path, body);
    expect(response.status).toBeLessThan(300);
    return response.json();
  };
  const first = await json('POST', '/api/v1/incidents', {
    title: 'Card payments declined',
    severity: 'SEV1',
    services: ['payments-gateway'],
    tags: ['cards'],
  });
  const second = await json('POST', '/api/v1/incidents', {
    title: 'Internal wiki unreachable',
    severity: 'SEV4',
    private: true,
  });
  const note = await json('POST', `/api/v1/incidents/${first.key}/events`, {
    at: '2026-03-12T09:15:00+01:00',
    kind: 'alert',
    text: 'Decline rate above 20% for five minutes',
  });
  await json('PUT', `/api/v1/incidents/${first.key}/milestones`, {
    impactStarted: '2026-03-12T08:10:00Z',
    detected: '2026-03-12T08:15:00Z',
  });
  const events = (await json('GET', `/api/v1/incidents/${first.key}/events`)).events as {
    id: string;
  }[];
  await json('POST', '/api/v1/services', { name: 'payments-gateway', sloTarget: 0.999 });
  await json('POST', '/api/v1/services', { name: 'internal-wiki' });
  return {
    key: [first.key, second.key, first.key.toLowerCase()],
    id: [note.id, ...events.map((e) => e.id)],
    name: ['payments-gateway', 'internal-wiki'],
  };
}

// --- the pieces of a bad request -------------------------------------------------------------

const unknownIdOf: Record<string, fc.Arbitrary<string>> = {
  key: fc.integer({ min: 100_000, max: 999_999_999 }).map((n) => `INC-${n}`),
  id: fc.uuid(),
  name: fc.uuid().map((u) => `no-such-service-${u}`),
};

const hugeString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 20_001, max: 200_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Percent-encodes a segment; a lone surrogate (which cannot be encoded) becomes U+FFFD. */
function encodeSegment(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Path segments no seeded id can equal: junk, traversal, stray percent signs, long text. */
function randomSegment(): fc.Arbitrary<string> {
  const isKnown = (segment: string) =>
    Object.values(known)
      .flat()
      .some((id) => id.toLowerCase() === segment.toLowerCase());
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).map(encodeSegment),
      fc.string({ minLength: 1, maxLength: 20 }).map(encodeSegment),
      fc.constantFrom('%00', '%zz', '%E0%A4%A', '..', '%2e%2e', '%2F', 'INC-0', 'INC--1', '%20'),
      hugeString.map((s) => encodeSegment(s.slice(0, 4000))),
    )
    .filter((segment) => {
      try {
        return !isKnown(decodeURIComponent(segment));
      } catch {
        return true;
      }
    });
}

function pathParam(name: string, mode: 'any' | 'unknown'): fc.Arbitrary<string> {
  const unknown = fc.oneof(unknownIdOf[name] ?? fc.uuid(), randomSegment());
  if (mode === 'unknown') return unknown;
  return fc.oneof(fc.constantFrom(...(known[name] ?? ['x'])), unknown);
}

function pathOf(op: Operation, mode: 'any' | 'unknown'): fc.Arbitrary<string> {
  return fc
    .tuple(...op.params.map((name) => pathParam(name, mode)))
    .map((values) =>
      op.params.reduce(
        (path, name, i) =>
          path.replace(
            `{${name}}`,
            /%|\./.test(values[i] ?? '') ? values[i]! : encodeURIComponent(values[i] ?? ''),
          ),
        op.path,
      ),
    );
}

/** A query string: junk, or the route's own parameters with values of any shape. */
function queryOf(op: Operation): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ maxLength: 10, unit: 'binary' }).map(wellFormed),
    fc.constantFrom('', '-1', '0', '1e999', 'NaN', '201', '2.5', 'SEV1,SEV9', 'a,,b'),
    hugeString.map((s) => s.slice(0, 3000)),
    fc
      .integer({ min: 0, max: 2 ** 40 })
      .map((b) => Buffer.from(JSON.stringify({ b })).toString('base64url')),
  );
  const name = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...op.queryNames, 'zz'));
  return fc.oneof(
    fc.constant(''),
    fc.constantFrom('?', '?&&=', '?=&=', '?a=%', '?%ZZ=1', '?limit=1&limit=2'),
    fc
      .array(fc.tuple(name, value), { minLength: 1, maxLength: 4 })
      .map(
        (pairs) =>
          `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
      ),
  );
}

/** A query string the route's strict query schema refuses whatever else it holds. */
function refusedQueryOf(op: Operation): fc.Arbitrary<string> {
  return queryOf(op).map((query) => `${query === '' ? '?' : `${query}&`}zz-unknown=1`);
}

const headersArb: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({}),
  fc.record({
    'if-match': fc.oneof(
      fc.constantFrom('"1"', '"99"', 'W/"2"', '*', '"-1"', '"1e3"', '""', '"9999999999"'),
      fc.stringMatching(/^[ -~]{0,20}$/),
    ),
  }),
);

/** Text that is not a JSON object: broken JSON, other JSON values, deep nesting. */
const notAnObjectText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('{', '{"title":', '{"a":1,}', "{'a':1}", 'nul', '[', '"', '{}}', '\u0000'),
    fc.string({ minLength: 1, maxLength: 50 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.integer({ min: 2, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc.integer({ min: 2, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    hugeString.map((s) => JSON.stringify(s)),
  )
  .filter((text) => {
    try {
      const value = JSON.parse(text);
      return value === null || typeof value !== 'object' || Array.isArray(value);
    } catch {
      return text.trim() !== '';
    }
  });

function impossibleDate(): fc.Arbitrary<string> {
  const two = (n: number) => String(n).padStart(2, '0');
  return fc.oneof(
    fc.constantFrom(
      '2026-02-30T09:00:00Z',
      '2026-03-12T25:00:00Z',
      '2026-03-12T09:60:00Z',
      '2026-13-01T00:00:00Z',
      '2026-03-12T09:15:00',
      '2026-03-12T09:15:00+15:00',
      '1969-12-31T23:59:59Z',
      '10000-01-01T00:00:00Z',
      '2026-03-12',
      'yesterday',
      '',
    ),
    fc
      .record({
        y: fc.integer({ min: 0, max: 1969 }),
        mo: fc.integer({ min: 0, max: 99 }),
        d: fc.integer({ min: 0, max: 99 }),
        h: fc.integer({ min: 24, max: 99 }),
        zone: fc.constantFrom('Z', '+01:00', '', '-14:59'),
      })
      .map(
        ({ y, mo, d, h, zone }) =>
          `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}T${two(h)}:00:00${zone}`,
      ),
  );
}

/** A body the route's schema refuses: each variant breaks one rule on top of a valid body. */
function refusedBodyOf(schema: JsonSchema): fc.Arbitrary<string> {
  const valid = validObjectOf(schema);
  const properties = Object.entries(schema.properties ?? {});
  const variants: fc.Arbitrary<string>[] = [notAnObjectText];
  const wrongTyped = properties.flatMap(([name, property]) => {
    const wrong = wrongValueOf(property);
    return wrong ? [fc.tuple(fc.constant(name), wrong)] : [];
  });
  if (wrongTyped.length > 0) {
    variants.push(
      fc
        .tuple(valid, fc.oneof(...wrongTyped))
        .map(([body, [name, value]]) => JSON.stringify({ ...body, [name]: value })),
    );
  }
  if (schema.additionalProperties === false) {
    const known = new Set(properties.map(([name]) => name));
    variants.push(
      fc
        .tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue())
        .filter(([, name]) => !known.has(name) && name !== '__proto__')
        .map(([body, name, value]) => JSON.stringify({ ...body, [name]: value })),
    );
  }
  const stringFields = properties.filter(([, p]) => jsonTypesOf(p)?.has('string'));
  if (stringFields.length > 0) {
    variants.push(
      fc
        .tuple(valid, fc.constantFrom(...stringFields.map(([n]) => n)), hugeString)
        .map(([body, name, huge]) => JSON.stringify({ ...body, [name]: huge })),
    );
  }
  const containerFields = properties.filter(([, p]) => {
    const types = jsonTypesOf(p);
    return types !== null && !types.has('object');
  });
  if (containerFields.length > 0) {
    variants.push(
      fc
        .tuple(
          valid,
          fc.constantFrom(...containerFields.map(([n]) => n)),
          fc.integer({ min: 3, max: 5000 }),
        )
        .map(([body, name, depth]) => {
          const text = JSON.stringify({ ...body, [name]: '\u0001' });
          return text.replace('"\\u0001"', `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`);
        }),
    );
  }
  const instantFields = properties.filter(([name]) => INSTANT_FIELDS.has(name));
  if (instantFields.length > 0) {
    variants.push(
      fc
        .tuple(valid, fc.constantFrom(...instantFields.map(([n]) => n)), impossibleDate())
        .map(([body, name, date]) => JSON.stringify({ ...body, [name]: date })),
    );
  }
  return fc.oneof(...variants);
}

// --- what every answer must satisfy ----------------------------------------------------------

async function send(probe: Probe): Promise<Response> {
  return t.request(probe.method, probe.path, probe.body, probe.headers);
}

async function expectClientError(probe: Probe, { refused }: { refused: boolean }) {
  const response = await send(probe);
  const label = `${probe.method} ${probe.path.slice(0, 200)} ${probe.body?.slice(0, 200) ?? ''}`;
  expect(response.status, label).toBeLessThan(500);
  if (refused) expect(response.status, label).toBeGreaterThanOrEqual(400);
  if (response.status >= 400) {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.code, label).toBe('string');
    expect(typeof body.error?.message, label).toBe('string');
    expect(String(body.error?.message).length, label).toBeGreaterThan(0);
  }
}

/** Runs `property` and checks that no table changed across all its runs. */
async function assertNothingChanges(property: fc.IAsyncProperty<[Probe]>) {
  const before = await snapshotStore(t.database);
  await fc.assert(property, { numRuns: NUM_RUNS });
  expect(await snapshotStore(t.database)).toEqual(before);
}

describe('every route, given bad input', () => {
  it('covers every route of the document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(17);
  });

  it('answers a refused body with 4xx and changes nothing', async () => {
    for (const op of operations.filter((o) => o.body !== null)) {
      const probe = fc
        .record({
          path: pathOf(op, 'any'),
          query: queryOf(op),
          body: refusedBodyOf(op.body!),
          headers: headersArb,
        })
        .map(({ path, query, body, headers }) => ({
          method: op.method.toUpperCase(),
          path: `${path}${query}`,
          body,
          headers,
        }));
      await assertNothingChanges(
        fc.asyncProperty(probe, (p) => expectClientError(p, { refused: true })),
      );
    }
  });

  it('answers a well-formed request about unknown ids with 4xx and changes nothing', async () => {
    for (const op of operations.filter((o) => o.params.length > 0)) {
      const probe = fc
        .record({
          path: pathOf(op, 'unknown'),
          query: queryOf(op),
          body: op.body ? validObjectOf(op.body).map((b) => JSON.stringify(b)) : fc.constant(''),
          headers: headersArb,
        })
        .map(({ path, query, body, headers }) => ({
          method: op.method.toUpperCase(),
          path: `${path}${query}`,
          ...(op.body ? { body } : {}),
          headers,
        }));
      await assertNothingChanges(
        fc.asyncProperty(probe, (p) => expectClientError(p, { refused: true })),
      );
    }
  });

  it('answers reads with any ids and query strings without a 5xx', async () => {
    for (const op of operations.filter((o) => o.method === 'get')) {
      const probe = fc
        .record({ path: pathOf(op, 'any'), query: queryOf(op), headers: headersArb })
        .map(({ path, query, headers }) => ({ method: 'GET', path: `${path}${query}`, headers }));
      await assertNothingChanges(
        fc.asyncProperty(probe, (p) => expectClientError(p, { refused: false })),
      );
    }
  });

  it('refuses a body-less write whose query it does not know, and changes nothing', async () => {
    for (const op of operations.filter((o) => o.body === null && WRITE_METHODS.has(o.method))) {
      if (op.queryNames.length === 0) continue;
      const probe = fc
        .record({ path: pathOf(op, 'any'), query: refusedQueryOf(op), headers: headersArb })
        .map(({ path, query, headers }) => ({
          method: op.method.toUpperCase(),
          path: `${path}${query}`,
          headers,
        }));
      await assertNothingChanges(
        fc.asyncProperty(probe, (p) => expectClientError(p, { refused: true })),
      );
    }
  });

  it('answers any method on a path below a route with 4xx and changes nothing', async () => {
    const probe = fc
      .record({
        op: fc.constantFrom(...operations),
        method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        segment: randomSegment(),
        body: fc.option(notAnObjectText, { nil: undefined }),
      })
      .chain(({ op, method, segment, body }) =>
        pathOf(op, 'unknown').map((path) => ({
          method,
          path: `${path}/zz~${segment}`,
          ...(body === undefined || method === 'GET' ? {} : { body }),
          headers: {},
        })),
      );
    await assertNothingChanges(
      fc.asyncProperty(probe, (p) => expectClientError(p, { refused: true })),
    );
  });
});
