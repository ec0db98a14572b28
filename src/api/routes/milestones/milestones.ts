/** @module /incidents/:key/milestones and /metrics: set or clear milestones; durations and findings. */
import { z } from 'zod';
import { DURATION_DEFINITIONS } from '../../../domain/durations.js';
import { presentIncident } from '../../../shared/presenters/incident.js';
import {
  FindingSchema,
  IncidentSchema,
  MetricsSchema,
  MilestonesUpdateSchema,
} from '../../../shared/schemas/incidents.js';
import { getIncidentMetrics, setMilestones } from '../../../usecases/milestones.js';
import { etagOf, incidentKeyParam, optionalVersion } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

const DEFINITIONS = Object.fromEntries(
  Object.entries(DURATION_DEFINITIONS).map(([name, d]) => [name, `${d.definition}, in seconds`]),
);

export function registerMilestoneRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'put',
      path: '/incidents/:key/milestones',
      summary: 'Set (an instant) or clear (null) milestones; those not named are kept',
      tag: 'milestones',
      body: MilestonesUpdateSchema,
      response: {
        status: 200,
        schema: z.object({ incident: IncidentSchema, findings: z.array(FindingSchema) }),
        description: 'The incident and any ordering findings',
      },
      errors: [404, 409],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...changes } = body;
      const { incident, findings } = await setMilestones(
        ctx,
        incidentKeyParam(params),
        changes,
        optionalVersion(c, version),
      );
      c.header('etag', etagOf(incident.version));
      return c.json({ incident: presentIncident(incident), findings });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/metrics',
      summary:
        'Durations (seconds) computed from the milestones, with their definitions and findings',
      tag: 'milestones',
      response: {
        status: 200,
        schema: MetricsSchema,
        description: 'Milestones, durations, findings',
      },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const metrics = await getIncidentMetrics(ctx, incidentKeyParam(params));
      return c.json({ ...metrics, definitions: DEFINITIONS });
    },
  );
}
