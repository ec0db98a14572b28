/** @module Slack Events API: channel messages become chat signals; signed requests within a 5-minute replay window. */
import { z } from 'zod';
import { epochMsOf, type Instant, instantFromEpochMs } from '../../domain/instant.js';
import { draftSignal } from './draft-signal.js';
import { optionalText, parsePayload } from './payload-schema.js';
import { headerOf, verifyHmacHeader } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

const REPLAY_WINDOW_SECONDS = 5 * 60;
const SLACK_TS = /^(\d{1,12})\.(\d{1,6})$/;
const TITLE_LENGTH = 120;

/**
 * Subtypes that are people talking. Everything else is skipped: bot posts (alerts already
 * arrive through their own integration), edits and deletions (the original message was
 * recorded), and joins, leaves and topic changes (noise on a timeline).
 */
const KEPT_SUBTYPES = new Set(['thread_broadcast', 'file_share', 'me_message']);

const slackTs = z
  .string()
  .refine((ts) => SLACK_TS.test(ts), 'must be a Slack timestamp such as "1700000000.000200"');

const slackSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string().min(1) }),
  z.object({
    type: z.literal('event_callback'),
    event_id: z.string().min(1),
    team_id: optionalText,
    event: z.object({
      type: z.string(),
      subtype: optionalText,
      bot_id: optionalText,
      user: optionalText,
      text: z.string().nullish(),
      ts: slackTs,
      thread_ts: slackTs.nullish(),
      channel: optionalText,
      channel_type: optionalText,
    }),
  }),
]);

const KNOWN_TYPES = new Set(['url_verification', 'event_callback']);

/** The instant of a Slack `ts` (`"1700000000.000200"`: seconds and microseconds). */
export function instantFromSlackTs(ts: string): Instant | null {
  const match = SLACK_TS.exec(ts);
  if (!match) return null;
  const ms = Number(match[1]) * 1000 + Math.floor(Number(match[2]!.padEnd(6, '0')) / 1000);
  return instantFromEpochMs(ms);
}

/**
 * Accepts when `X-Slack-Signature: v0=<hex>` is the HMAC-SHA256 of `v0:<timestamp>:<raw body>`
 * and `X-Slack-Request-Timestamp` is within 5 minutes of `now` (either side).
 */
export function verifySlack(
  request: WebhookRequest,
  secret: string,
  now: Instant,
): WebhookVerification {
  const timestamp = headerOf(request.headers, 'x-slack-request-timestamp')?.trim() ?? null;
  if (timestamp === null)
    return { ok: false, reason: 'x-slack-request-timestamp: header is missing' };
  if (!/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'x-slack-request-timestamp: must be whole seconds since 1970' };
  }
  const skew = Math.abs(epochMsOf(now) / 1000 - Number(timestamp));
  if (skew > REPLAY_WINDOW_SECONDS) {
    return {
      ok: false,
      reason: 'x-slack-request-timestamp: more than 5 minutes from now (replay?)',
    };
  }
  return verifyHmacHeader(
    request,
    'x-slack-signature',
    'v0=',
    secret,
    `v0:${timestamp}:${request.rawBody}`,
  );
}

/**
 * `url_verification` gives the challenge to echo; a `message` event gives one chat signal keyed
 * by `event_id` (Slack keeps it on retries). Other events and skipped subtypes give none.
 */
export function signalsFromSlack(payload: unknown): WebhookParseResult {
  // Envelopes such as `app_rate_limited` carry no message; refusing them would only make Slack retry.
  const type = (payload as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && !KNOWN_TYPES.has(type)) return { signals: [] };
  const parsed = parsePayload(slackSchema, payload);
  if ('problem' in parsed) return parsed;
  const body = parsed.value;
  if (body.type === 'url_verification') return { challenge: body.challenge };
  const { event } = body;
  if (event.type !== 'message' || event.bot_id) return { signals: [] };
  if (event.subtype && !KEPT_SUBTYPES.has(event.subtype)) return { signals: [] };
  const text = event.text ?? '';
  const labels: Record<string, string> = {};
  if (event.channel) labels.channel = event.channel;
  if (body.team_id) labels.team = body.team_id;
  if (event.channel_type) labels.channel_type = event.channel_type;
  if (event.thread_ts) labels.thread_ts = event.thread_ts;
  const firstLine = text.split('\n', 1)[0]!.trim();
  return {
    signals: [
      draftSignal({
        source: 'slack',
        dedupeKey: body.event_id,
        kind: 'chat_message',
        at: instantFromSlackTs(event.ts)!,
        sourceZone: 'UTC',
        title:
          firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine,
        text,
        service: event.channel,
        actor: event.user,
        url: null,
        labels,
      }),
    ],
  };
}
