/** @module GitHub `deployment` and `deployment_status` webhooks become deploy signals; signed with `X-Hub-Signature-256`. */
import { z } from 'zod';
import type { Instant } from '../../domain/instant.js';
import type { SignalKind } from '../../domain/signal.js';
import { draftSignal } from './draft-signal.js';
import { isoInstant, optionalText, parsePayload } from './payload-schema.js';
import { headerOf, verifyHmacHeader } from './webhook-auth.js';
import type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

const user = z.object({ login: z.string() }).nullish();

const deploymentSchema = z.object({
  id: z.number().int(),
  sha: z.string().min(1),
  ref: z.string().min(1),
  environment: z.string().min(1),
  description: optionalText,
  creator: user,
  created_at: isoInstant,
});

const repositorySchema = z.object({
  name: z.string().min(1),
  full_name: z.string().min(1),
  html_url: optionalText,
});

const deploymentEventSchema = z.object({
  deployment: deploymentSchema,
  repository: repositorySchema,
  sender: user,
});

const deploymentStatusEventSchema = deploymentEventSchema.extend({
  deployment_status: z.object({
    state: z.string().min(1),
    description: optionalText,
    environment: optionalText,
    log_url: optionalText,
    target_url: optionalText,
    environment_url: optionalText,
    creator: user,
    created_at: isoInstant,
  }),
});

const KIND_OF_STATE: Record<string, SignalKind> = {
  queued: 'deploy_started',
  pending: 'deploy_started',
  in_progress: 'deploy_started',
  success: 'deploy_succeeded',
  failure: 'deploy_failed',
  error: 'deploy_failed',
};

/** Accepts when `X-Hub-Signature-256: sha256=<hex>` is the HMAC-SHA256 of the raw body. */
export function verifyGithub(
  request: WebhookRequest,
  secret: string,
  _now: Instant,
): WebhookVerification {
  return verifyHmacHeader(request, 'x-hub-signature-256', 'sha256=', secret, request.rawBody);
}

/**
 * One deploy signal per `deployment` (started) or `deployment_status` event (by state); `ping` and
 * every other event give no signals. The delivery id (`X-GitHub-Delivery`) is the dedupe key:
 * GitHub keeps it when a delivery is redelivered.
 */
export function signalsFromGithub(
  payload: unknown,
  headers: Record<string, string>,
): WebhookParseResult {
  const event = headerOf(headers, 'x-github-event');
  if (event === null) return { problem: 'x-github-event: header is required' };
  if (event !== 'deployment' && event !== 'deployment_status') return { signals: [] };
  const delivery = headerOf(headers, 'x-github-delivery')?.trim();
  if (!delivery) return { problem: 'x-github-delivery: header is required' };
  if (event === 'deployment') {
    const parsed = parsePayload(deploymentEventSchema, payload);
    if ('problem' in parsed) return parsed;
    const { deployment, repository, sender } = parsed.value;
    return {
      signals: [
        deploySignal(parsed.value, {
          dedupeKey: delivery,
          kind: 'deploy_started',
          at: deployment.created_at,
          text: deployment.description ?? '',
          actor: deployment.creator?.login ?? sender?.login ?? null,
          url: repository.html_url ? `${repository.html_url}/commit/${deployment.sha}` : null,
          state: null,
        }),
      ],
    };
  }
  const parsed = parsePayload(deploymentStatusEventSchema, payload);
  if ('problem' in parsed) return parsed;
  const status = parsed.value.deployment_status;
  return {
    signals: [
      deploySignal(parsed.value, {
        dedupeKey: delivery,
        // `inactive` (superseded by a later deploy) and future states are recorded as plain events.
        kind: KIND_OF_STATE[status.state] ?? 'event',
        at: status.created_at,
        text: status.description ?? '',
        actor: status.creator?.login ?? parsed.value.sender?.login ?? null,
        url: status.log_url ?? status.target_url ?? status.environment_url,
        state: status.state,
      }),
    ],
  };
}

type DeploymentEvent = z.output<typeof deploymentEventSchema>;

function deploySignal(
  { deployment, repository }: DeploymentEvent,
  fields: {
    dedupeKey: string;
    kind: SignalKind;
    at: { at: Instant; zone: string };
    text: string;
    actor: string | null;
    url: string | null;
    state: string | null;
  },
) {
  const labels: Record<string, string> = {
    repository: repository.full_name,
    environment: deployment.environment,
    ref: deployment.ref,
    sha: deployment.sha,
  };
  if (fields.state) labels.state = fields.state;
  const verb = fields.state ? `: ${fields.state}` : '';
  return draftSignal(
    {
      source: 'github',
      dedupeKey: fields.dedupeKey,
      kind: fields.kind,
      at: fields.at.at,
      sourceZone: fields.at.zone,
      title: `Deploy of ${repository.name}@${deployment.ref} to ${deployment.environment}${verb}`,
      text: fields.text,
      service: repository.name,
      actor: fields.actor,
      url: fields.url,
      labels,
    },
    // A status names no incident itself; the deployment it belongs to may.
    [deployment.description ?? ''],
  );
}
