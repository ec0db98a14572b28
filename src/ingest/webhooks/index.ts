/** @module The webhook sources Hindsight accepts, so one generic route can verify and parse any of them. */
import type { SignalSource } from '../../domain/signal.js';
import { signalsFromAlertmanager, verifyAlertmanager } from './alertmanager.js';
import { signalsFromGeneric, verifyGeneric } from './generic.js';
import { signalsFromGithub, verifyGithub } from './github.js';
import { signalsFromGrafana, verifyGrafana } from './grafana.js';
import { signalsFromOpsgenie, verifyOpsgenie } from './opsgenie.js';
import { signalsFromPagerduty, verifyPagerduty } from './pagerduty.js';
import { signalsFromSlack, verifySlack } from './slack.js';
import type { WebhookParser, WebhookVerifier } from './webhook-types.js';

export { payloadFromRawBody } from './payload-from-raw-body.js';
export type { WebhookParseResult, WebhookRequest, WebhookVerification } from './webhook-types.js';

export interface WebhookSource {
  verify: WebhookVerifier;
  parse: WebhookParser;
  /** `bearer`: the secret is a token in `Authorization`; `hmac`: the secret signs the body. */
  authentication: 'bearer' | 'hmac';
  describe: string;
}

export const WEBHOOK_SOURCES: Record<SignalSource, WebhookSource> = {
  alertmanager: {
    verify: verifyAlertmanager,
    parse: signalsFromAlertmanager,
    authentication: 'bearer',
    describe:
      'Prometheus Alertmanager webhook_config (version 4), http_config.authorization bearer token',
  },
  pagerduty: {
    verify: verifyPagerduty,
    parse: signalsFromPagerduty,
    authentication: 'hmac',
    describe:
      'PagerDuty V3 webhook subscription, X-PagerDuty-Signature (v1, HMAC-SHA256 of the body)',
  },
  opsgenie: {
    verify: verifyOpsgenie,
    parse: signalsFromOpsgenie,
    authentication: 'bearer',
    describe: 'Opsgenie Webhook integration with a custom "Authorization: Bearer <token>" header',
  },
  grafana: {
    verify: verifyGrafana,
    parse: signalsFromGrafana,
    authentication: 'bearer',
    describe: 'Grafana alerting webhook contact point, Authorization header credentials (Bearer)',
  },
  github: {
    verify: verifyGithub,
    parse: signalsFromGithub,
    authentication: 'hmac',
    describe: 'GitHub deployment and deployment_status events, X-Hub-Signature-256 (HMAC-SHA256)',
  },
  slack: {
    verify: verifySlack,
    parse: signalsFromSlack,
    authentication: 'hmac',
    describe: 'Slack Events API, X-Slack-Signature v0 with a 5-minute replay window',
  },
  generic: {
    verify: verifyGeneric,
    parse: signalsFromGeneric,
    authentication: 'bearer',
    describe: 'Hindsight generic JSON events ({ id, at, title, … } or an array), bearer token',
  },
};
