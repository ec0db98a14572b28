/**
 * The real Prometheus Alertmanager delivering to a real Hindsight HTTP server: fire an alert that
 * names INC-1, see it attached to INC-1's timeline, resolve it, see the resolved signal.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { systemClock } from '../../src/clock.js';
import { ensureDefaultWorkspace } from '../../src/usecases/workspaces.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const BINARY = '/usr/bin/prometheus-alertmanager';
const present = existsSync(BINARY);
if (!present && process.env.CI) {
  throw new Error(
    `${BINARY} is missing: CI must run the real Alertmanager test (apt-get install prometheus-alertmanager)`,
  );
}
if (!present) console.warn(`skipping the Alertmanager peer test: ${BINARY} is not installed`);

let database: TestDatabase;
let server: ReturnType<typeof serve>;
let alertmanager: ChildProcess | null = null;
let dir: string;
let baseUrl: string;
let amUrl: string;
let amLog = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test asserts on the body's shape inline.
  return { status: response.status, body: (await response.json()) as any };
}

async function poll<T>(what: string, read: () => Promise<T | null>, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `gave up after ${seconds}s waiting for ${what}; alertmanager said:\n${amLog.slice(-2000)}`,
  );
}

async function postAlerts(alerts: unknown[]) {
  const response = await fetch(`${amUrl}/api/v2/alerts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(alerts),
  });
  expect(response.status).toBe(200);
}

describe.skipIf(!present)('a real Alertmanager delivering to /hooks/{id}', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDefaultWorkspace(database, systemClock());
    const app = createApp({
      database,
      logger: pino({ level: 'silent' }),
      clock: systemClock,
      apiToken: null,
      ownerName: 'owner',
      maxBodyBytes: 1024 * 1024,
    });
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const incident = await api('POST', '/api/v1/incidents', {
      title: 'Checkout errors',
      severity: 'SEV2',
      services: ['checkout'],
    });
    expect(incident.body.key).toBe('INC-1');
    const integration = await api('POST', '/api/v1/integrations', { source: 'alertmanager' });

    dir = mkdtempSync(join(tmpdir(), 'hindsight-am-'));
    writeFileSync(
      join(dir, 'alertmanager.yml'),
      [
        'route:',
        '  receiver: hindsight',
        '  group_by: [alertname]',
        '  group_wait: 1s',
        '  group_interval: 1s',
        '  repeat_interval: 1h',
        'receivers:',
        '  - name: hindsight',
        '    webhook_configs:',
        `      - url: ${baseUrl}${integration.body.url}`,
        '        send_resolved: true',
        '        http_config:',
        '          authorization:',
        `            credentials: ${integration.body.secret}`,
        '',
      ].join('\n'),
    );
    const port = await freePort();
    amUrl = `http://127.0.0.1:${port}`;
    alertmanager = spawn(
      BINARY,
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    alertmanager.stdout?.on('data', (chunk) => {
      amLog += chunk;
    });
    alertmanager.stderr?.on('data', (chunk) => {
      amLog += chunk;
    });
    await poll('alertmanager to be ready', async () => {
      const ready = await fetch(`${amUrl}/-/ready`).catch(() => null);
      return ready?.ok ? true : null;
    });
  }, 30_000);

  afterAll(async () => {
    if (alertmanager && alertmanager.exitCode === null) {
      const exited = new Promise((resolve) => alertmanager?.once('exit', resolve));
      alertmanager.kill('SIGTERM');
      await exited;
    }
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a firing alert onto INC-1 and then its resolution', async () => {
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const labels = { alertname: 'CheckoutErrorRate', incident: 'INC-1', service: 'checkout' };
    await postAlerts([{ labels, annotations: { summary: 'checkout 5xx over 2%' }, startsAt }]);
    const attached = await poll('the firing alert on INC-1', async () => {
      const { body } = await api('GET', '/api/v1/incidents/INC-1/events');
      const event = body.events.find((e: { source: string }) => e.source === 'alertmanager');
      return event ?? null;
    });
    expect(attached).toMatchObject({ kind: 'alert', source: 'alertmanager' });
    expect(attached.text).toContain('CheckoutErrorRate');

    await postAlerts([
      {
        labels,
        annotations: { summary: 'checkout 5xx over 2%' },
        startsAt,
        endsAt: new Date(Date.now() - 1000).toISOString(),
      },
    ]);
    const resolved = await poll('the resolved signal', async () => {
      const { body } = await api('GET', '/api/v1/signals?source=alertmanager');
      return body.signals.find((s: { kind: string }) => s.kind === 'alert_resolved') ?? null;
    });
    expect(resolved).toMatchObject({ service: 'checkout', incidentKeys: ['INC-1'] });
    const { body } = await api('GET', '/api/v1/incidents/INC-1/events');
    expect(body.events.map((e: { kind: string; source: string }) => [e.kind, e.source])).toEqual([
      ['alert', 'alertmanager'],
      ['alert', 'alertmanager'],
    ]);
  }, 60_000);
});
