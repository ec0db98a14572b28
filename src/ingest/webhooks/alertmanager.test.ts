import { describe, expect, it } from 'vitest';
import { signalsFromAlertmanager, verifyAlertmanager } from './alertmanager.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'am-token-4f2b';
const rawBody = readFixture('alertmanager-firing.json');

describe('verifyAlertmanager', () => {
  it.each([
    ['accepts the configured bearer token', { authorization: `Bearer ${SECRET}` }, { ok: true }],
    ['accepts the scheme in any case', { Authorization: `bearer ${SECRET}` }, { ok: true }],
    [
      'refuses another token',
      { authorization: 'Bearer wrong' },
      { ok: false, reason: 'authorization: token does not match' },
    ],
    [
      'refuses a request without the header',
      {},
      { ok: false, reason: 'authorization: header is missing' },
    ],
    [
      'refuses basic credentials',
      { authorization: `Basic ${SECRET}` },
      { ok: false, reason: 'authorization: must be "Bearer <token>"' },
    ],
  ])('%s', (_name, headers, expected) => {
    expect(verifyAlertmanager({ headers, rawBody }, SECRET, TEST_NOW)).toEqual(expected);
  });

  it('refuses everything when no secret is configured', () => {
    const request = { headers: { authorization: 'Bearer ' }, rawBody };
    expect(verifyAlertmanager(request, '', TEST_NOW).ok).toBe(false);
  });
});

describe('signalsFromAlertmanager', () => {
  it('gives one signal per firing alert instance', () => {
    expect(signalsFromAlertmanager(fixturePayload('alertmanager-firing.json'))).toEqual({
      signals: [
        {
          source: 'alertmanager',
          dedupeKey: 'a1b2c3d4e5f60718:2026-03-12T09:15:00.250Z:firing',
          kind: 'alert_fired',
          at: '2026-03-12T09:15:00.250Z',
          sourceZone: '+01:00',
          title: 'CheckoutLatencyHigh',
          text: 'p99 checkout latency above 2s\nTracked in INC-42; p99 has stayed over the SLO threshold for 10 minutes.',
          service: 'checkout',
          incidentKeys: ['INC-42'],
          actor: null,
          url: 'http://prometheus.internal.example:9090/graph?g0.expr=checkout_p99',
          labels: {
            alertname: 'CheckoutLatencyHigh',
            service: 'checkout',
            severity: 'page',
            team: 'payments',
          },
        },
        {
          source: 'alertmanager',
          dedupeKey: '0f1e2d3c4b5a6978:2026-03-12T09:16:30.000Z:firing',
          kind: 'alert_fired',
          at: '2026-03-12T09:16:30.000Z',
          sourceZone: 'UTC',
          title: 'CheckoutLatencyHigh',
          text: 'p99 checkout latency above 2s',
          service: 'checkout-worker',
          incidentKeys: [],
          actor: null,
          url: null,
          labels: { alertname: 'CheckoutLatencyHigh', job: 'checkout-worker', team: 'payments' },
        },
      ],
    });
  });

  it('dates a resolved alert at its end and keys it apart from its firing', () => {
    const result = signalsFromAlertmanager(fixturePayload('alertmanager-resolved.json'));
    expect(result).toMatchObject({
      signals: [
        {
          dedupeKey: 'a1b2c3d4e5f60718:2026-03-12T09:15:00.250Z:resolved',
          kind: 'alert_resolved',
          at: '2026-03-12T09:52:10.000Z',
          sourceZone: '+01:00',
        },
      ],
    });
  });

  it('repeats the keys when the same group is notified again', () => {
    const first = signalsFromAlertmanager(fixturePayload('alertmanager-firing.json'));
    const renotified = fixturePayload('alertmanager-firing.json') as { alerts: unknown[] };
    renotified.alerts.reverse();
    const again = signalsFromAlertmanager(renotified);
    const keys = (result: typeof first) =>
      'signals' in result ? result.signals.map((signal) => signal.dedupeKey).sort() : [];
    expect(keys(again)).toEqual(keys(first));
    expect(keys(first)).toHaveLength(2);
  });

  it.each([
    [
      'alerts.0.startsAt',
      { startsAt: 'yesterday' },
      /^alerts\.0\.startsAt: must be an ISO 8601 instant/,
    ],
    [
      'alerts.0.startsAt',
      { startsAt: '2026-03-12T09:15:00' },
      /^alerts\.0\.startsAt: .* has no time zone/,
    ],
    ['alerts.0.status', { status: 'pending' }, /^alerts\.0\.status: /],
    ['alerts.0.fingerprint', { fingerprint: undefined }, /^alerts\.0\.fingerprint: is required$/],
    [
      'alerts.0.labels.team',
      { labels: { team: 7 } },
      /^alerts\.0\.labels\.team: must be a string, got number 7$/,
    ],
    [
      'alerts.0.endsAt',
      { status: 'resolved' },
      /^alerts\.0\.endsAt: a resolved alert must carry the time it ended$/,
    ],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = fixturePayload('alertmanager-firing.json') as { alerts: object[] };
    payload.alerts[0] = { ...payload.alerts[0], ...change };
    const result = signalsFromAlertmanager(payload);
    expect('problem' in result && result.problem).toMatch(expected);
  });

  it.each([
    ['a body that is not an object', [], 'body: must be an object, got an array'],
    ['another webhook version', { version: '3', alerts: [] }, 'version: must be "4"'],
    ['a missing alerts list', { version: '4' }, 'alerts: is required'],
  ])('refuses %s', (_name, payload, expected) => {
    expect(signalsFromAlertmanager(payload)).toEqual({ problem: expected });
  });
});
