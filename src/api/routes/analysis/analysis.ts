/** @module /incidents/:key/analysis: milestones (inferred or set), durations, gaps, silences and findings. */
import { z } from 'zod';
import { DURATION_NAMES } from '../../../domain/durations.js';
import { FindingOutputSchema } from '../../../shared/schemas/review-parts.js';
import { InferredMilestonesSchema } from '../../../shared/schemas/reviews.js';
import { getIncidentAnalysis } from '../../../usecases/analysis.js';
import { incidentKeyParam } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

const BoundSchema = z.object({
  milestone: z.string(),
  at: z.string(),
  eventId: z.string().nullable(),
});

const AnalysisSchema = z.object({
  milestones: InferredMilestonesSchema,
  durations: z.object(
    Object.fromEntries(DURATION_NAMES.map((name) => [name, z.number().nullable()])) as Record<
      (typeof DURATION_NAMES)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  gaps: z.array(
    z.object({
      phase: z.string(),
      seconds: z.number(),
      thresholdSeconds: z.number(),
      from: BoundSchema,
      to: BoundSchema,
      finding: FindingOutputSchema,
    }),
  ),
  silences: z.array(
    z.object({
      start: z.string(),
      end: z.string(),
      seconds: z.number(),
      beforeEventId: z.string().nullable(),
      afterEventId: z.string().nullable(),
      finding: FindingOutputSchema,
    }),
  ),
  findings: z.array(FindingOutputSchema),
  severity: z.string(),
});

export function registerAnalysisRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/analysis',
      summary:
        'Analyse the timeline against the policy for the incident’s severity: milestones with their source event, durations, gaps, silences',
      tag: 'analysis',
      response: { status: 200, schema: AnalysisSchema, description: 'The analysis' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const { incident, analysis } = await getIncidentAnalysis(ctx, incidentKeyParam(params));
      return c.json({ ...analysis, severity: incident.severity });
    },
  );
}
