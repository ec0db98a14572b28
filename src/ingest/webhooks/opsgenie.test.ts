import { describe, expect, it } from 'vitest';
import { signalsFromOpsgenie, verifyOpsgenie } from './opsgenie.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'og-hook-token';
const rawBody = readFixture('opsgenie-create.json');

describe('verifyOpsgenie', () => {
  it.each([
    [
      'accepts the bearer token set as a custom header',
      { authorization: `Bearer ${SECRET}` },
      true,
    ],
    ['refuses another token', { authorization: 'Bearer og-hook-token2' }, false],
    ['refuses a request without the header', { 'x-other': SECRET }, false],
  ])('%s', (_name, headers, ok) => {
    expect(verifyOpsgenie({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });
});

describe('signalsFromOpsgenie', () => {
  it('turns a created alert into a page, reading its nanosecond time', () => {
    expect(signalsFromOpsgenie(fixturePayload('opsgenie-create.json'))).toEqual({
      signals: [
        {
          source: 'opsgenie',
          dedupeKey: '7f3c2a10-5b1e-4c8d-9e21-0a6b4d2c9f11:Create:1773306960512000000',
          kind: 'page_triggered',
          at: '2026-03-12T09:16:00.512Z',
          sourceZone: 'UTC',
          title: 'Card authorisations failing for EU issuers',
          text: 'Authorisation error rate for EU issuers rose above 5%.',
          service: 'card-auth',
          incidentKeys: ['INC-42'],
          actor: 'System',
          url: null,
          labels: {
            action: 'Create',
            integration: 'Hindsight',
            tiny_id: '318',
            alias: 'card-auth-eu',
            priority: 'P1',
            source: 'auth-gateway',
            tags: 'payments,INC-42',
          },
        },
      ],
    });
  });

  it('dates an acknowledgement at its update, not at the alert creation', () => {
    expect(signalsFromOpsgenie(fixturePayload('opsgenie-acknowledge.json'))).toMatchObject({
      signals: [
        {
          dedupeKey: '7f3c2a10-5b1e-4c8d-9e21-0a6b4d2c9f11:Acknowledge:1773307205004322000',
          kind: 'page_acknowledged',
          at: '2026-03-12T09:20:05.004Z',
          actor: 'amir.haddad@example.com',
        },
      ],
    });
  });

  it.each([
    ['milliseconds', 1773306960512, '2026-03-12T09:16:00.512Z'],
    ['nanoseconds', 1773306960512000000, '2026-03-12T09:16:00.512Z'],
  ])('reads createdAt in %s when there is no updatedAt', (_unit, createdAt, expected) => {
    const payload = fixturePayload('opsgenie-create.json') as { alert: object };
    payload.alert = { ...payload.alert, createdAt, updatedAt: undefined };
    const result = signalsFromOpsgenie(payload);
    expect('signals' in result && result.signals[0]?.at).toBe(expected);
  });

  it.each([
    ['Close', 'page_resolved'],
    ['AddNote', 'event'],
    ['Escalate', 'event'],
  ])('maps the %s action to %s', (action, kind) => {
    const payload = { ...(fixturePayload('opsgenie-create.json') as object), action };
    const result = signalsFromOpsgenie(payload);
    expect('signals' in result && result.signals[0]?.kind).toBe(kind);
  });

  it('gives the same key when the action is delivered again', () => {
    const key = () => {
      const result = signalsFromOpsgenie(JSON.parse(rawBody));
      return 'signals' in result ? result.signals[0]?.dedupeKey : undefined;
    };
    expect(key()).toBe(key());
  });

  it.each([
    [
      'alert.createdAt',
      { createdAt: '2026-03-12' },
      'alert.createdAt: must be a number, got string "2026-03-12"',
    ],
    ['alert.alertId', { alertId: undefined }, 'alert.alertId: is required'],
    [
      'alert.updatedAt',
      { updatedAt: 1e30 },
      'alert.updatedAt: must be milliseconds or nanoseconds since 1970',
    ],
    ['alert.tags', { tags: 'payments' }, 'alert.tags: must be an array, got string "payments"'],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = fixturePayload('opsgenie-create.json') as { alert: object };
    payload.alert = { ...payload.alert, ...change };
    expect(signalsFromOpsgenie(payload)).toEqual({ problem: expected });
  });
});
