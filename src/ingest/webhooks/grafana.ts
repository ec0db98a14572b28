/** @module Grafana unified alerting webhook contact point: one signal per alert instance, bearer-token auth. */
import { z } from 'zod';
import type { Instant } from '../../domain/instant.js';
import type { SignalDraft } from '../../domain/signal.js';
import { alertSchema, MAX_ALERTS, signalFromAlert } from './alert-group.js';
import { optionalText, parsePayload } from './payload-schema.js';
import { verifyBearer } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

const grafanaAlertSchema = alertSchema.extend({
  values: z.record(z.string(), z.number().nullable()).nullish(),
  dashboardURL: optionalText,
  panelURL: optionalText,
});

const grafanaSchema = z.object({
  orgId: z.number().int(),
  alerts: z.array(grafanaAlertSchema).max(MAX_ALERTS),
});

/** Accepts `Authorization: Bearer <secret>` (the contact point's "Authorization header" credentials). */
export function verifyGrafana(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyBearer(request, secret);
}

function describeValues(values: Record<string, number | null> | null | undefined): string | null {
  if (!values || Object.keys(values).length === 0) return null;
  const parts = Object.entries(values).map(([name, value]) => `${name}=${value ?? 'none'}`);
  return `values: ${parts.join(', ')}`;
}

/** Signals for every alert in a Grafana notification; the panel (or dashboard) is the link. */
export function signalsFromGrafana(payload: unknown): WebhookParseResult {
  const parsed = parsePayload(grafanaSchema, payload);
  if ('problem' in parsed) return parsed;
  const signals: SignalDraft[] = [];
  for (const [index, alert] of parsed.value.alerts.entries()) {
    const signal = signalFromAlert(alert, `alerts.${index}`, 'grafana', {
      url: alert.panelURL ?? alert.dashboardURL,
      text: describeValues(alert.values),
    });
    if ('problem' in signal) return signal;
    signals.push(signal);
  }
  return { signals };
}
