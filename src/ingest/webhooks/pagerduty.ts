/** @module PagerDuty Webhooks V3: incident events become page signals, signed with `X-PagerDuty-Signature`. */
import { z } from 'zod';
import type { Instant } from '../../domain/instant.js';
import type { SignalKind } from '../../domain/signal.js';
import { draftSignal } from './draft-signal.js';
import { isoInstant, optionalText, parsePayload } from './payload-schema.js';
import { verifyHmacHeader } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

const reference = z.object({ summary: optionalText, html_url: optionalText }).nullish();

// `data` differs by event type: an incident, or a note/status update/responder pointing at one.
const dataSchema = z.object({
  title: optionalText,
  number: z.number().int().nullish(),
  html_url: optionalText,
  status: optionalText,
  urgency: optionalText,
  service: reference,
  priority: reference,
  incident: reference,
  content: optionalText,
  message: optionalText,
});

const pagerdutySchema = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().nullish(),
    occurred_at: isoInstant,
    agent: reference,
    data: dataSchema.nullish(),
  }),
});

const KIND_OF_EVENT: Record<string, SignalKind> = {
  'incident.triggered': 'page_triggered',
  'incident.acknowledged': 'page_acknowledged',
  'incident.resolved': 'page_resolved',
};

/** Accepts when any `v1=` signature in `X-PagerDuty-Signature` is the HMAC-SHA256 of the raw body. */
export function verifyPagerduty(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyHmacHeader(request, 'x-pagerduty-signature', 'v1=', secret, request.rawBody);
}

/**
 * One signal per incident event (triggered, acknowledged, resolved; other incident events such
 * as reassigned or annotated become `event`). Non-incident events (`service.*`, the `pagey.ping`
 * test) give no signals.
 */
export function signalsFromPagerduty(payload: unknown): WebhookParseResult {
  const parsed = parsePayload(pagerdutySchema, payload);
  if ('problem' in parsed) return parsed;
  const { event } = parsed.value;
  if (!event.event_type.startsWith('incident.')) return { signals: [] };
  const data = event.data ?? dataSchema.parse({});
  const title = data.title ?? data.incident?.summary ?? event.event_type;
  const labels: Record<string, string> = { event_type: event.event_type };
  if (data.number != null) labels.incident_number = String(data.number);
  if (data.urgency) labels.urgency = data.urgency;
  if (data.priority?.summary) labels.priority = data.priority.summary;
  return {
    signals: [
      draftSignal({
        source: 'pagerduty',
        dedupeKey: event.id,
        kind: KIND_OF_EVENT[event.event_type] ?? 'event',
        at: event.occurred_at.at,
        sourceZone: event.occurred_at.zone,
        title,
        text:
          data.content ?? data.message ?? `${event.event_type.slice('incident.'.length)}: ${title}`,
        service: data.service?.summary ?? null,
        actor: event.agent?.summary ?? null,
        url: data.html_url ?? data.incident?.html_url ?? null,
        labels,
      }),
    ],
  };
}
