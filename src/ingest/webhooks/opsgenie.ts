/** @module Opsgenie outgoing webhook: alert actions become page signals; bearer-token auth via a custom header. */
import { z } from 'zod';
import { type Instant, instantFromEpochMs } from '../../domain/instant.js';
import type { SignalKind } from '../../domain/signal.js';
import { draftSignal } from './draft-signal.js';
import { optionalText, parsePayload } from './payload-schema.js';
import { verifyBearer } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

// Opsgenie sends createdAt in milliseconds and updatedAt in nanoseconds since the epoch.
// 1e14 ms is the year 5138 while 1e14 ns is 1970-01-02, so the magnitude tells them apart.
const NANOSECOND_THRESHOLD = 1e14;
const LATEST_MS = Date.UTC(9999, 11, 31);

const epochTime = z
  .number()
  .nonnegative()
  .refine(
    (value) => toEpochMs(value) <= LATEST_MS,
    'must be milliseconds or nanoseconds since 1970',
  );

const opsgenieSchema = z.object({
  action: z.string().min(1),
  integrationName: optionalText,
  alert: z.object({
    alertId: z.string().min(1),
    message: z.string(),
    tags: z.array(z.string()).nullish(),
    source: optionalText,
    entity: optionalText,
    alias: optionalText,
    tinyId: optionalText,
    username: optionalText,
    description: optionalText,
    note: optionalText,
    priority: optionalText,
    details: z.record(z.string(), z.string()).nullish(),
    createdAt: epochTime,
    updatedAt: epochTime.nullish(),
  }),
});

const KIND_OF_ACTION: Record<string, SignalKind> = {
  Create: 'page_triggered',
  Acknowledge: 'page_acknowledged',
  Close: 'page_resolved',
};

function toEpochMs(value: number): number {
  return Math.floor(value >= NANOSECOND_THRESHOLD ? value / 1e6 : value);
}

/**
 * Accepts `Authorization: Bearer <secret>`. Opsgenie does not sign its webhooks; add the header
 * as a custom header of the webhook integration.
 */
export function verifyOpsgenie(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyBearer(request, secret);
}

/**
 * One signal per alert action: Create, Acknowledge and Close are pages; other actions
 * (AddNote, Escalate, AssignOwnership…) become `event`. The time is `updatedAt` when present
 * (the time of the action), else `createdAt`.
 */
export function signalsFromOpsgenie(payload: unknown): WebhookParseResult {
  const parsed = parsePayload(opsgenieSchema, payload);
  if ('problem' in parsed) return parsed;
  const { action, alert, integrationName } = parsed.value;
  const stamp = alert.updatedAt ?? alert.createdAt;
  const tags = alert.tags ?? [];
  const labels: Record<string, string> = { action };
  if (integrationName) labels.integration = integrationName;
  if (alert.tinyId) labels.tiny_id = alert.tinyId;
  if (alert.alias) labels.alias = alert.alias;
  if (alert.priority) labels.priority = alert.priority;
  if (alert.source) labels.source = alert.source;
  if (tags.length > 0) labels.tags = tags.join(',');
  return {
    signals: [
      draftSignal(
        {
          source: 'opsgenie',
          dedupeKey: `${alert.alertId}:${action}:${stamp}`,
          kind: KIND_OF_ACTION[action] ?? 'event',
          at: instantFromEpochMs(toEpochMs(stamp)),
          sourceZone: 'UTC',
          title: alert.message,
          text: alert.note ?? alert.description ?? alert.message,
          service: alert.details?.service || alert.entity,
          actor: alert.username,
          url: null,
          labels,
        },
        Object.values(alert.details ?? {}),
      ),
    ],
  };
}
