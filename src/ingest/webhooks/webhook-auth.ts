/** @module Checks shared by the webhook sources: bearer tokens and hex HMAC-SHA256 signatures, compared in constant time. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest, WebhookVerification } from './webhook-types.js';

/** The value of a header whatever the case of its name, or null when absent. */
export function headerOf(headers: Record<string, string>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return value;
  }
  return null;
}

/**
 * True when both texts are equal, in time independent of where they differ.
 * Both sides are hashed first so that timingSafeEqual sees equal lengths.
 */
export function isSameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Lowercase hex HMAC-SHA256 of `text` keyed with `secret`. */
export function hmacSha256Hex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/** Accepts `Authorization: Bearer <secret>` (scheme in any case). */
export function verifyBearer(request: WebhookRequest, secret: string): WebhookVerification {
  if (secret.length === 0) return { ok: false, reason: 'no secret is configured for this source' };
  const authorization = headerOf(request.headers, 'authorization');
  if (authorization === null) return { ok: false, reason: 'authorization: header is missing' };
  const match = /^bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) return { ok: false, reason: 'authorization: must be "Bearer <token>"' };
  if (!isSameSecret(match[1]!, secret)) {
    return { ok: false, reason: 'authorization: token does not match' };
  }
  return { ok: true };
}

/**
 * Accepts when one of the `prefix`-tagged hex signatures in `header` is the HMAC of `signed`.
 * `header` may list several comma-separated signatures (secret rotation).
 */
export function verifyHmacHeader(
  request: WebhookRequest,
  header: string,
  prefix: string,
  secret: string,
  signed: string,
): WebhookVerification {
  if (secret.length === 0) return { ok: false, reason: 'no secret is configured for this source' };
  const value = headerOf(request.headers, header);
  if (value === null) return { ok: false, reason: `${header}: header is missing` };
  const expected = hmacSha256Hex(secret, signed);
  const candidates = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(prefix))
    .map((part) => part.slice(prefix.length).toLowerCase());
  if (candidates.length === 0) {
    return { ok: false, reason: `${header}: must hold a signature starting with "${prefix}"` };
  }
  // Every candidate is compared so the time taken does not reveal which one matched.
  let matched = false;
  for (const candidate of candidates) {
    if (isSameSecret(candidate, expected)) matched = true;
  }
  return matched ? { ok: true } : { ok: false, reason: `${header}: signature does not match` };
}
