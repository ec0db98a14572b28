/** @module Generic JSON webhook: any tool that can POST `{ id, at, title, … }` (or an array of them) with a bearer token. */
import { z } from 'zod';
import { isIncidentKey } from '../../domain/ids.js';
import type { Instant } from '../../domain/instant.js';
import { SIGNAL_KINDS, type SignalDraft } from '../../domain/signal.js';
import { draftSignal } from './draft-signal.js';
import { isoInstant, optionalText, parsePayload, textMap } from './payload-schema.js';
import { verifyBearer } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

export const MAX_GENERIC_EVENTS = 1000;

const genericEventSchema = z.object({
  id: z.string().trim().min(1).max(200),
  at: isoInstant,
  kind: z.enum(SIGNAL_KINDS).default('event'),
  title: z.string().trim().min(1).max(500),
  text: z.string().nullish(),
  service: optionalText,
  incident: z
    .string()
    .refine((key) => isIncidentKey(key), 'must be an incident key such as INC-42')
    .nullish(),
  actor: optionalText,
  url: optionalText,
  labels: textMap.nullish(),
});

/** Accepts `Authorization: Bearer <secret>`. */
export function verifyGeneric(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyBearer(request, secret);
}

/** One signal per event in the body; `id` is the dedupe key, so a sender must keep it on retries. */
export function signalsFromGeneric(payload: unknown): WebhookParseResult {
  // Choosing the schema by shape gives a problem naming the field rather than "no union matched".
  const parsed = Array.isArray(payload)
    ? parsePayload(z.array(genericEventSchema).max(MAX_GENERIC_EVENTS), payload)
    : parsePayload(genericEventSchema, payload);
  if ('problem' in parsed) return parsed;
  const events = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  return { signals: events.map(signalFromGenericEvent) };
}

function signalFromGenericEvent(event: z.output<typeof genericEventSchema>): SignalDraft {
  const signal = draftSignal({
    source: 'generic',
    dedupeKey: event.id,
    kind: event.kind,
    at: event.at.at,
    sourceZone: event.at.zone,
    title: event.title,
    text: event.text ?? '',
    service: event.service,
    actor: event.actor,
    url: event.url,
    labels: event.labels ?? {},
  });
  if (!event.incident) return signal;
  const mentioned = signal.incidentKeys.filter((key) => key !== event.incident);
  return { ...signal, incidentKeys: [event.incident, ...mentioned] };
}
