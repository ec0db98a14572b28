import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signalsFromPagerduty, verifyPagerduty } from './pagerduty.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'pd-signing-secret-81c';
const rawBody = readFixture('pagerduty-triggered.json');
const sign = (body: string, secret = SECRET) =>
  `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('verifyPagerduty', () => {
  it.each([
    ['accepts the signature of the body', { 'X-PagerDuty-Signature': sign(rawBody) }, true],
    [
      'accepts when any of several signatures matches',
      { 'x-pagerduty-signature': `${sign(rawBody, 'old-secret')}, ${sign(rawBody)}` },
      true,
    ],
    [
      'refuses a signature made with another secret',
      { 'x-pagerduty-signature': sign(rawBody, 'other') },
      false,
    ],
    ['refuses a request without the header', {}, false],
    [
      'refuses a signature of another version',
      { 'x-pagerduty-signature': sign(rawBody).replace('v1=', 'v2=') },
      false,
    ],
  ])('%s', (_name, headers, ok) => {
    expect(verifyPagerduty({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });

  it('refuses a body changed after signing', () => {
    const headers = { 'x-pagerduty-signature': sign(rawBody) };
    const tampered = rawBody.replace('"urgency": "high"', '"urgency": "low"');
    expect(tampered).not.toBe(rawBody);
    expect(verifyPagerduty({ headers, rawBody: tampered }, SECRET, TEST_NOW)).toEqual({
      ok: false,
      reason: 'x-pagerduty-signature: signature does not match',
    });
  });
});

describe('signalsFromPagerduty', () => {
  it('turns a triggered incident into a page', () => {
    expect(signalsFromPagerduty(fixturePayload('pagerduty-triggered.json'))).toEqual({
      signals: [
        {
          source: 'pagerduty',
          dedupeKey: '01DXQ7ABCDEF0123456789TRIG',
          kind: 'page_triggered',
          at: '2026-03-12T09:17:05.120Z',
          sourceZone: 'UTC',
          title: 'Checkout latency over SLO',
          text: 'triggered: Checkout latency over SLO',
          service: 'Checkout API',
          incidentKeys: [],
          actor: 'Checkout API',
          url: 'https://example-co.pagerduty.com/incidents/Q1ABCDEF',
          labels: {
            event_type: 'incident.triggered',
            incident_number: '1187',
            urgency: 'high',
            priority: 'P1',
          },
        },
      ],
    });
  });

  it('records who acknowledged the incident', () => {
    expect(signalsFromPagerduty(fixturePayload('pagerduty-acknowledged.json'))).toMatchObject({
      signals: [
        {
          kind: 'page_acknowledged',
          at: '2026-03-12T09:21:40.000Z',
          actor: 'Rosa Okafor',
          labels: { event_type: 'incident.acknowledged', incident_number: '1187', urgency: 'high' },
        },
      ],
    });
  });

  it('turns a note into an event carrying its text and the incident keys it mentions', () => {
    expect(signalsFromPagerduty(fixturePayload('pagerduty-annotated.json'))).toEqual({
      signals: [
        {
          source: 'pagerduty',
          dedupeKey: '01DXQ7ABCDEF0123456789NOTE',
          kind: 'event',
          at: '2026-03-12T09:30:00.000Z',
          sourceZone: 'UTC',
          title: 'Checkout latency over SLO',
          text: 'Rolled back the connection pool change; following up in INC-42.',
          service: null,
          incidentKeys: ['INC-42'],
          actor: 'Rosa Okafor',
          url: 'https://example-co.pagerduty.com/incidents/Q1ABCDEF',
          labels: { event_type: 'incident.annotated' },
        },
      ],
    });
  });

  it('gives no signal for events about services', () => {
    expect(signalsFromPagerduty(fixturePayload('pagerduty-service-updated.json'))).toEqual({
      signals: [],
    });
  });

  it('gives the same key when the event is delivered again', () => {
    const key = () => {
      const result = signalsFromPagerduty(JSON.parse(rawBody));
      return 'signals' in result ? result.signals[0]?.dedupeKey : undefined;
    };
    expect(key()).toBe('01DXQ7ABCDEF0123456789TRIG');
    expect(key()).toBe(key());
  });

  it.each([
    [
      'event.occurred_at',
      { occurred_at: 'soon' },
      /^event\.occurred_at: must be an ISO 8601 instant/,
    ],
    ['event.id', { id: '' }, /^event\.id: /],
    ['event.event_type', { event_type: undefined }, /^event\.event_type: is required$/],
    ['event.data.number', { data: { number: 'twelve' } }, /^event\.data\.number: must be a number/],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = fixturePayload('pagerduty-triggered.json') as { event: object };
    payload.event = { ...payload.event, ...change };
    const result = signalsFromPagerduty(payload);
    expect('problem' in result && result.problem).toMatch(expected);
  });
});
