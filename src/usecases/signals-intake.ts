/**
 * @module Webhook intake: authenticate a delivery the way its source does, parse it, store each
 * signal once, and attach signals that name an existing incident to its timeline.
 */
import type { IncidentKey } from '../domain/ids.js';
import { isIncidentKey } from '../domain/ids.js';
import type { Incident } from '../domain/incident.js';
import { type Instant, shiftInstant } from '../domain/instant.js';
import type { SignalDraft } from '../domain/signal.js';
import {
  payloadFromRawBody,
  WEBHOOK_SOURCES,
  type WebhookRequest,
} from '../ingest/webhooks/index.js';
import {
  type Database,
  findIncidentByKey,
  findIntegration,
  insertNewSignals,
  newId,
  type Signal,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { attachSignal } from './signals-attach.js';

export type WebhookOutcome =
  | { received: number; stored: number; attached: number }
  | { challenge: string };

/**
 * Handles one delivery to `/hooks/{integrationId}`. Throws INTEGRATION_NOT_FOUND (unknown or
 * disabled), UNAUTHENTICATED (the verifier's reason) or VALIDATION_FAILED (`field: reason`);
 * in each of those cases nothing is stored.
 */
export async function receiveWebhook(
  database: Database,
  integrationId: string,
  request: WebhookRequest,
  now: Instant,
): Promise<WebhookOutcome> {
  const integration = await findIntegration(database.db, integrationId);
  if (!integration?.enabled) {
    throw new AppError(
      'INTEGRATION_NOT_FOUND',
      `integration ${integrationId.slice(0, 40)} does not exist or is disabled`,
    );
  }
  const source = WEBHOOK_SOURCES[integration.source];
  const verdict = source.verify(request, integration.secret, now);
  if (!verdict.ok) throw new AppError('UNAUTHENTICATED', verdict.reason);
  const body = payloadFromRawBody(request.rawBody);
  const result = 'payload' in body ? source.parse(body.payload, request.headers) : body;
  if ('problem' in result) throw new AppError('VALIDATION_FAILED', result.problem);
  if ('challenge' in result) return { challenge: result.challenge };

  const drafts = uniqueByDedupeKey(result.signals);
  const signals: Signal[] = drafts.map((draft) => ({
    ...draft,
    at: shiftInstant(draft.at, integration.clockOffsetSeconds),
    id: newId(),
    workspaceId: integration.workspaceId,
    integrationId: integration.id,
    receivedAt: now,
  }));
  if (signals.length === 0) return { received: 0, stored: 0, attached: 0 };

  return database.db.transaction().execute(async (db) => {
    const stored = await insertNewSignals(db, signals);
    const incidents = new Map<string, Incident | null>();
    let attached = 0;
    for (const signal of stored) {
      for (const key of signal.incidentKeys) {
        if (!isIncidentKey(key)) continue;
        if (!incidents.has(key)) {
          incidents.set(
            key,
            await findIncidentByKey(db, integration.workspaceId, key as IncidentKey),
          );
        }
        const incident = incidents.get(key);
        if (!incident) continue;
        await attachSignal(db, incident, signal, { actor: `integration:${integration.name}`, now });
        attached += 1;
      }
    }
    return { received: drafts.length, stored: stored.length, attached };
  });
}

function uniqueByDedupeKey(drafts: SignalDraft[]): SignalDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    if (seen.has(draft.dedupeKey)) return false;
    seen.add(draft.dedupeKey);
    return true;
  });
}
