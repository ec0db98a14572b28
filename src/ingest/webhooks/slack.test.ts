import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { instantFromSlackTs, signalsFromSlack, verifySlack } from './slack.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'slack-signing-secret-9d';
const rawBody = readFixture('slack-message.json');
// TEST_NOW is 2026-03-12T09:30:00Z, 1773307800 seconds since 1970.
const NOW_SECONDS = 1773307800;
const signed = (timestamp: number, body = rawBody, secret = SECRET) => ({
  'X-Slack-Request-Timestamp': String(timestamp),
  'X-Slack-Signature': `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
});

describe('verifySlack', () => {
  it.each([
    ['accepts a fresh signed request', signed(NOW_SECONDS - 10), true],
    ['accepts a request exactly 5 minutes old', signed(NOW_SECONDS - 300), true],
    ['refuses a request older than 5 minutes', signed(NOW_SECONDS - 301), false],
    ['refuses a request dated more than 5 minutes ahead', signed(NOW_SECONDS + 301), false],
    ['refuses a signature made with another secret', signed(NOW_SECONDS, rawBody, 'other'), false],
    [
      'refuses a request without a signature',
      { 'x-slack-request-timestamp': String(NOW_SECONDS) },
      false,
    ],
    ['refuses a request without a timestamp', { 'x-slack-signature': 'v0=00' }, false],
    [
      'refuses a timestamp that is not a number',
      { ...signed(NOW_SECONDS), 'X-Slack-Request-Timestamp': 'now' },
      false,
    ],
  ])('%s', (_name, headers, ok) => {
    expect(verifySlack({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });

  it('explains why a stale request is refused', () => {
    expect(verifySlack({ headers: signed(NOW_SECONDS - 3600), rawBody }, SECRET, TEST_NOW)).toEqual(
      {
        ok: false,
        reason: 'x-slack-request-timestamp: more than 5 minutes from now (replay?)',
      },
    );
  });

  it('refuses a body changed after signing', () => {
    const tampered = rawBody.replace('INC-42', 'INC-43');
    expect(
      verifySlack({ headers: signed(NOW_SECONDS), rawBody: tampered }, SECRET, TEST_NOW).ok,
    ).toBe(false);
  });

  it('refuses a timestamp changed after signing', () => {
    const headers = {
      ...signed(NOW_SECONDS - 60),
      'X-Slack-Request-Timestamp': String(NOW_SECONDS),
    };
    expect(verifySlack({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(false);
  });
});

describe('instantFromSlackTs', () => {
  it.each([
    ['1700000000.000200', '2023-11-14T22:13:20.000Z'],
    ['1773307080.123456', '2026-03-12T09:18:00.123Z'],
    ['1773307080.5', '2026-03-12T09:18:00.500Z'],
    ['1773307080', null],
    ['-1.0', null],
  ])('reads %s as %s', (ts, expected) => {
    expect(instantFromSlackTs(ts)).toBe(expected);
  });
});

describe('signalsFromSlack', () => {
  it('turns a channel message into a chat signal', () => {
    expect(signalsFromSlack(fixturePayload('slack-message.json'))).toEqual({
      signals: [
        {
          source: 'slack',
          dedupeKey: 'Ev0EXAMPLE42',
          kind: 'chat_message',
          at: '2026-03-12T09:18:00.000Z',
          sourceZone: 'UTC',
          title: 'Declaring INC-42: checkout p99 is over 2s in eu-west',
          text: "Declaring INC-42: checkout p99 is over 2s in eu-west\nI'm taking incident commander.",
          service: 'C0INCIDENT',
          incidentKeys: ['INC-42'],
          actor: 'U0ROSA0001',
          url: null,
          labels: { channel: 'C0INCIDENT', team: 'T0EXAMPLE1', channel_type: 'channel' },
        },
      ],
    });
  });

  it('answers the URL verification with its challenge', () => {
    expect(signalsFromSlack(fixturePayload('slack-url-verification.json'))).toEqual({
      challenge: 'q8Zr1vX0pLmN4cE7tYb2',
    });
  });

  it.each([
    ['bot posts', { subtype: 'bot_message', bot_id: 'B1' }],
    ['edits', { subtype: 'message_changed' }],
    ['deletions', { subtype: 'message_deleted' }],
    ['channel joins', { subtype: 'channel_join' }],
    ['reactions', { type: 'reaction_added' }],
  ])('skips %s', (_name, change) => {
    const payload = fixturePayload('slack-message.json') as { event: object };
    payload.event = { ...payload.event, ...change };
    expect(signalsFromSlack(payload)).toEqual({ signals: [] });
  });

  it('skips the bot message fixture', () => {
    expect(signalsFromSlack(fixturePayload('slack-bot-message.json'))).toEqual({ signals: [] });
  });

  it('keeps thread replies broadcast to the channel', () => {
    const payload = fixturePayload('slack-message.json') as { event: object };
    payload.event = {
      ...payload.event,
      subtype: 'thread_broadcast',
      thread_ts: '1773307000.000100',
    };
    expect(signalsFromSlack(payload)).toMatchObject({
      signals: [{ kind: 'chat_message', labels: { thread_ts: '1773307000.000100' } }],
    });
  });

  it('gives no signals for envelopes without a message', () => {
    expect(signalsFromSlack({ type: 'app_rate_limited', minute_rate_limited: 1 })).toEqual({
      signals: [],
    });
  });

  it('gives the same key when Slack retries the event', () => {
    const key = () => {
      const result = signalsFromSlack(JSON.parse(rawBody));
      return 'signals' in result ? result.signals[0]?.dedupeKey : undefined;
    };
    expect(key()).toBe('Ev0EXAMPLE42');
    expect(key()).toBe(key());
  });

  it.each([
    [
      'event.ts',
      { event: { type: 'message', ts: 'yesterday' } },
      /^event\.ts: must be a Slack timestamp/,
    ],
    ['event_id', { event_id: undefined }, /^event_id: is required$/],
    [
      'challenge',
      { type: 'url_verification', challenge: 7 },
      /^challenge: must be a string, got number 7$/,
    ],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = { ...(fixturePayload('slack-message.json') as object), ...change };
    const result = signalsFromSlack(payload);
    expect('problem' in result && result.problem).toMatch(expected);
  });
});
