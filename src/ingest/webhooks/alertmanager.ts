/** @module Prometheus Alertmanager webhook (version 4): one signal per alert instance, bearer-token auth. */
import { z } from 'zod';
import type { Instant } from '../../domain/instant.js';
import type { SignalDraft } from '../../domain/signal.js';
import { alertSchema, MAX_ALERTS, signalFromAlert } from './alert-group.js';
import { parsePayload } from './payload-schema.js';
import { verifyBearer } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

const alertmanagerSchema = z.object({
  version: z.literal('4'),
  alerts: z.array(alertSchema).max(MAX_ALERTS),
});

/** Accepts `Authorization: Bearer <secret>` (Alertmanager's `http_config.authorization`). */
export function verifyAlertmanager(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyBearer(request, secret);
}

/** Signals for every alert in an Alertmanager notification (firing or resolved). */
export function signalsFromAlertmanager(payload: unknown): WebhookParseResult {
  const parsed = parsePayload(alertmanagerSchema, payload);
  if ('problem' in parsed) return parsed;
  const signals: SignalDraft[] = [];
  for (const [index, alert] of parsed.value.alerts.entries()) {
    const signal = signalFromAlert(alert, `alerts.${index}`, 'alertmanager', {
      url: null,
      text: null,
    });
    if ('problem' in signal) return signal;
    signals.push(signal);
  }
  return { signals };
}
