import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIGNAL_SOURCES } from '../../domain/signal.js';
import { payloadFromRawBody, WEBHOOK_SOURCES } from './index.js';
import { readFixture, TEST_NOW } from './test-fixtures.js';

describe('WEBHOOK_SOURCES', () => {
  it('has an entry for every signal source', () => {
    expect(Object.keys(WEBHOOK_SOURCES).sort()).toEqual([...SIGNAL_SOURCES].sort());
  });

  it.each([
    ['alertmanager', 'bearer'],
    ['pagerduty', 'hmac'],
    ['opsgenie', 'bearer'],
    ['grafana', 'bearer'],
    ['github', 'hmac'],
    ['slack', 'hmac'],
    ['generic', 'bearer'],
  ] as const)('authenticates %s deliveries with %s', (source, authentication) => {
    expect(WEBHOOK_SOURCES[source].authentication).toBe(authentication);
  });

  it('takes a signed raw delivery through verify, JSON and parse', () => {
    const rawBody = readFixture('pagerduty-triggered.json');
    const signature = createHmac('sha256', 's3cret').update(rawBody).digest('hex');
    const headers = { 'x-pagerduty-signature': `v1=${signature}` };
    const { verify, parse } = WEBHOOK_SOURCES.pagerduty;
    expect(verify({ headers, rawBody }, 's3cret', TEST_NOW)).toEqual({ ok: true });
    const body = payloadFromRawBody(rawBody);
    const result = 'payload' in body ? parse(body.payload, headers) : body;
    expect(result).toMatchObject({ signals: [{ kind: 'page_triggered' }] });
  });
});
