/** @module The shapes every webhook source shares: the request, the verdict of its check and the parse result. */
import type { Instant } from '../../domain/instant.js';
import type { SignalDraft } from '../../domain/signal.js';

/** A delivery as the route received it: headers (any case) and the body exactly as sent. */
export interface WebhookRequest {
  headers: Record<string, string>;
  rawBody: string;
}

export type WebhookVerification = { ok: true } | { ok: false; reason: string };

/**
 * What parsing a verified payload gives: signals (possibly none), a problem phrased
 * `field: what is wrong`, or (Slack only) a challenge the route must echo back.
 */
export type WebhookParseResult =
  | { signals: SignalDraft[] }
  | { problem: string }
  | { challenge: string };

export type WebhookVerifier = (
  request: WebhookRequest,
  secret: string,
  now: Instant,
) => WebhookVerification;

export type WebhookParser = (
  payload: unknown,
  headers: Record<string, string>,
) => WebhookParseResult;
