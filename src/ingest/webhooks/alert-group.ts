/** @module The alert shape Alertmanager and Grafana share, and how one alert instance becomes a signal. */
import { z } from 'zod';
import { instantFromIso, isInstantProblem, zoneOfIso } from '../../domain/instant.js';
import type { SignalDraft, SignalSource } from '../../domain/signal.js';
import { draftSignal, firstLabel } from './draft-signal.js';
import { isoInstant, optionalText, textMap } from './payload-schema.js';

export const MAX_ALERTS = 1000;
// Go's zero time, which both tools send as the end of an alert that is still firing.
const ZERO_TIME_PREFIX = '0001-01-01';

export const alertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: textMap,
  annotations: textMap.default({}),
  startsAt: isoInstant,
  // Checked per status below: a firing alert carries the zero time `0001-01-01T00:00:00Z`.
  endsAt: z.string(),
  generatorURL: optionalText,
  fingerprint: z.string().min(1),
});
export type Alert = z.output<typeof alertSchema>;

/** Labels that name the service an alert is about, most specific first. */
export const SERVICE_LABELS = ['service', 'job', 'app'] as const;

/**
 * The signal for one alert instance. Its key is fingerprint + start + status, so a
 * re-notification of a still-firing alert repeats the key and its resolution does not.
 */
export function signalFromAlert(
  alert: Alert,
  path: string,
  source: SignalSource,
  extra: { url: string | null; text: string | null },
): SignalDraft | { problem: string } {
  let at = alert.startsAt.at;
  let sourceZone = alert.startsAt.zone;
  if (alert.status === 'resolved') {
    if (alert.endsAt.startsWith(ZERO_TIME_PREFIX)) {
      return { problem: `${path}.endsAt: a resolved alert must carry the time it ended` };
    }
    const ended = instantFromIso(alert.endsAt);
    if (isInstantProblem(ended)) return { problem: `${path}.endsAt: ${ended.problem}` };
    at = ended;
    sourceZone = zoneOfIso(alert.endsAt) ?? 'UTC';
  }
  const { summary, description } = alert.annotations;
  const title = alert.labels.alertname || summary || `alert ${alert.fingerprint}`;
  const lines = [summary, description, extra.text].filter((line): line is string => !!line);
  return draftSignal(
    {
      source,
      dedupeKey: `${alert.fingerprint}:${alert.startsAt.at}:${alert.status}`,
      kind: alert.status === 'firing' ? 'alert_fired' : 'alert_resolved',
      at,
      sourceZone,
      title,
      text: [...new Set(lines)].join('\n'),
      service: firstLabel(alert.labels, SERVICE_LABELS),
      actor: null,
      url: extra.url ?? alert.generatorURL,
      labels: alert.labels,
    },
    Object.values(alert.annotations),
  );
}
