/**
 * @module POST /hooks/{integrationId}: webhook deliveries. Outside the API token: each delivery
 * authenticates the way its source does (a bearer token or a signature over the raw body).
 */
import type { Hono } from 'hono';
import type { Instant } from '../../../domain/instant.js';
import type { Database } from '../../../storage/index.js';
import { receiveWebhook } from '../../../usecases/signals-intake.js';
import type { AppEnv } from '../../app-env.js';

export function registerHookRoutes(
  app: Hono<AppEnv>,
  deps: { database: Database; clock: () => Instant },
): void {
  app.post('/hooks/:integrationId', async (c) => {
    const rawBody = await c.req.text();
    const outcome = await receiveWebhook(
      deps.database,
      c.req.param('integrationId'),
      { headers: c.req.header(), rawBody },
      deps.clock(),
    );
    if ('challenge' in outcome) return c.json({ challenge: outcome.challenge });
    return c.json({ received: outcome.received, stored: outcome.stored });
  });
}
