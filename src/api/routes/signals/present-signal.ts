/** @module The public view of a stored signal. */
import { z } from 'zod';
import { SIGNAL_KINDS, SIGNAL_SOURCES } from '../../../domain/signal.js';
import type { Signal } from '../../../storage/index.js';

export const SignalSchema = z.object({
  id: z.string(),
  source: z.enum(SIGNAL_SOURCES),
  kind: z.enum(SIGNAL_KINDS),
  at: z.string(),
  sourceZone: z.string(),
  title: z.string(),
  text: z.string(),
  service: z.string().nullable(),
  incidentKeys: z.array(z.string()),
  actor: z.string().nullable(),
  url: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  integrationId: z.string().nullable(),
  receivedAt: z.string(),
});

export function presentSignal(signal: Signal) {
  return {
    id: signal.id,
    source: signal.source,
    kind: signal.kind,
    at: signal.at,
    sourceZone: signal.sourceZone,
    title: signal.title,
    text: signal.text,
    service: signal.service,
    incidentKeys: signal.incidentKeys,
    actor: signal.actor,
    url: signal.url,
    labels: signal.labels,
    integrationId: signal.integrationId,
    receivedAt: signal.receivedAt,
  };
}
