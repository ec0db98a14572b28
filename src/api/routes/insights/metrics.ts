/** @module GET /metrics: the headline insight figures in the Prometheus text format, behind the API's authentication. */
import type { Hono, MiddlewareHandler } from 'hono';
import {
  PROMETHEUS_CONTENT_TYPE,
  prometheusText,
} from '../../../export/insights/prometheus-text.js';
import { getMetricsSnapshot } from '../../../usecases/insights-metrics.js';
import type { AppEnv } from '../../app-env.js';

export function registerMetricsRoute(app: Hono<AppEnv>, auth: MiddlewareHandler<AppEnv>): void {
  app.get('/metrics', auth, async (c) => {
    const text = prometheusText(await getMetricsSnapshot(c.get('ctx')));
    c.header('content-type', PROMETHEUS_CONTENT_TYPE);
    return c.body(text);
  });
}
