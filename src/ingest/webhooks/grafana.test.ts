import { describe, expect, it } from 'vitest';
import { signalsFromGrafana, verifyGrafana } from './grafana.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'grafana-cp-token';
const rawBody = readFixture('grafana-alerts.json');

describe('verifyGrafana', () => {
  it.each([
    ['accepts the contact point token', { Authorization: `Bearer ${SECRET}` }, true],
    ['refuses another token', { Authorization: 'Bearer grafana-cp-tokeN' }, false],
    ['refuses a request without the header', { 'content-type': 'application/json' }, false],
  ])('%s', (_name, headers, ok) => {
    expect(verifyGrafana({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });
});

describe('signalsFromGrafana', () => {
  it('gives a signal per alert, linking the panel and listing the values', () => {
    expect(signalsFromGrafana(fixturePayload('grafana-alerts.json'))).toEqual({
      signals: [
        {
          source: 'grafana',
          dedupeKey: '5e4d3c2b1a098877:2026-03-12T09:12:00.000Z:firing',
          kind: 'alert_fired',
          at: '2026-03-12T09:12:00.000Z',
          sourceZone: '+00:00',
          title: 'QueueBacklogGrowing',
          text: 'Order queue backlog above 50k messages\nvalues: A=51234, B=1',
          service: 'order-router',
          incidentKeys: [],
          actor: null,
          url: 'https://grafana.example.com/d/orders-overview?viewPanel=4',
          labels: {
            alertname: 'QueueBacklogGrowing',
            app: 'order-router',
            grafana_folder: 'Orders',
          },
        },
        {
          source: 'grafana',
          dedupeKey: '99aa88bb77cc66dd:2026-03-12T08:00:00.000Z:resolved',
          kind: 'alert_resolved',
          at: '2026-03-12T09:05:00.000Z',
          sourceZone: 'UTC',
          title: 'DiskAlmostFull',
          text: '',
          service: 'ledger-db',
          incidentKeys: [],
          actor: null,
          url: 'https://grafana.example.com/alerting/grafana/c9Lm4/view',
          labels: { alertname: 'DiskAlmostFull', service: 'ledger-db' },
        },
      ],
    });
  });

  it('gives the same keys when the notification is delivered again', () => {
    const keys = () => {
      const result = signalsFromGrafana(fixturePayload('grafana-alerts.json'));
      return 'signals' in result ? result.signals.map((signal) => signal.dedupeKey) : [];
    };
    expect(keys()).toEqual(keys());
    expect(keys()).toHaveLength(2);
  });

  it.each([
    ['orgId', { orgId: 'one' }, 'orgId: must be a number, got string "one"'],
    ['alerts', { alerts: {} }, 'alerts: must be an array, got an object'],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = { ...(fixturePayload('grafana-alerts.json') as object), ...change };
    expect(signalsFromGrafana(payload)).toEqual({ problem: expected });
  });

  it('names the alert value that is not a number', () => {
    const payload = fixturePayload('grafana-alerts.json') as { alerts: object[] };
    payload.alerts[0] = { ...payload.alerts[0], values: { A: 'high' } };
    expect(signalsFromGrafana(payload)).toEqual({
      problem: 'alerts.0.values.A: must be a number, got string "high"',
    });
  });
});
