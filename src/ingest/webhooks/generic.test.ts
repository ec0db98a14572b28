import { describe, expect, it } from 'vitest';
import { MAX_GENERIC_EVENTS, signalsFromGeneric, verifyGeneric } from './generic.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'generic-token-17';
const rawBody = readFixture('generic-single.json');

describe('verifyGeneric', () => {
  it.each([
    ['accepts the bearer token', { authorization: `Bearer ${SECRET}` }, true],
    ['refuses another token', { authorization: 'Bearer generic-token-18' }, false],
    ['refuses a request without the header', {}, false],
  ])('%s', (_name, headers, ok) => {
    expect(verifyGeneric({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });
});

describe('signalsFromGeneric', () => {
  it('maps one event with every field', () => {
    expect(signalsFromGeneric(fixturePayload('generic-single.json'))).toEqual({
      signals: [
        {
          source: 'generic',
          dedupeKey: 'feature-flag-7731',
          kind: 'event',
          at: '2026-03-12T09:02:00.000Z',
          sourceZone: '+01:00',
          title: 'Flag checkout.new-pricing turned on for 100% of EU',
          text: 'Rolled out by the pricing team; see INC-42 for the rollback.',
          service: 'checkout',
          incidentKeys: ['INC-42'],
          actor: 'flags-bot',
          url: 'https://flags.example.com/audit/7731',
          labels: { flag: 'checkout.new-pricing', region: 'eu' },
        },
      ],
    });
  });

  it('maps an array of events, filling in what is optional', () => {
    expect(signalsFromGeneric(fixturePayload('generic-batch.json'))).toEqual({
      signals: [
        {
          source: 'generic',
          dedupeKey: 'status-page-310',
          kind: 'chat_message',
          at: '2026-03-12T09:25:00.000Z',
          sourceZone: 'UTC',
          title: 'Status page: investigating elevated checkout errors',
          text: '',
          service: null,
          incidentKeys: ['INC-42'],
          actor: 'comms-lead',
          url: null,
          labels: {},
        },
        {
          source: 'generic',
          dedupeKey: 'cdn-purge-88',
          kind: 'event',
          at: '2026-03-12T09:40:00.000Z',
          sourceZone: 'UTC',
          title: 'CDN cache purged for /checkout/*',
          text: '',
          service: null,
          incidentKeys: [],
          actor: null,
          url: null,
          labels: {},
        },
      ],
    });
  });

  it('puts the named incident first among the keys it mentions', () => {
    const payload = {
      id: 'x1',
      at: '2026-03-12T09:00:00Z',
      title: 'see OPS-3 and INC-9',
      incident: 'INC-9',
    };
    const result = signalsFromGeneric(payload);
    expect('signals' in result && result.signals[0]?.incidentKeys).toEqual(['INC-9', 'OPS-3']);
  });

  it('gives the same keys when the same body is sent again', () => {
    const keys = () => {
      const result = signalsFromGeneric(fixturePayload('generic-batch.json'));
      return 'signals' in result ? result.signals.map((signal) => signal.dedupeKey) : [];
    };
    expect(keys()).toEqual(['status-page-310', 'cdn-purge-88']);
    expect(keys()).toEqual(keys());
  });

  it('accepts an empty array', () => {
    expect(signalsFromGeneric([])).toEqual({ signals: [] });
  });

  it.each([
    ['a time without zone', { at: '2026-03-12T09:00' }, /^at: "2026-03-12T09:00" has no time zone/],
    ['an unknown kind', { kind: 'outage' }, /^kind: /],
    ['a blank title', { title: '   ' }, /^title: /],
    ['a missing id', { id: undefined }, /^id: is required$/],
    [
      'an incident that is not a key',
      { incident: 'the big one' },
      /^incident: must be an incident key such as INC-42$/,
    ],
    [
      'a label that is not text',
      { labels: { region: ['eu'] } },
      /^labels\.region: must be a string, got an array$/,
    ],
  ])('refuses %s', (_name, change, expected) => {
    const payload = { ...(fixturePayload('generic-single.json') as object), ...change };
    const result = signalsFromGeneric(payload);
    expect('problem' in result && result.problem).toMatch(expected);
  });

  it('names the position of a bad event in an array', () => {
    const payload = fixturePayload('generic-batch.json') as object[];
    payload[1] = { ...payload[1], at: 'later' };
    const result = signalsFromGeneric(payload);
    expect('problem' in result && result.problem).toMatch(/^1\.at: must be an ISO 8601 instant/);
  });

  it(`refuses more than ${MAX_GENERIC_EVENTS} events in one body`, () => {
    const event = { id: 'e', at: '2026-03-12T09:00:00Z', title: 't' };
    const result = signalsFromGeneric(Array.from({ length: MAX_GENERIC_EVENTS + 1 }, () => event));
    expect('problem' in result && result.problem).toMatch(/^body: /);
  });
});
