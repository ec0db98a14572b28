/** @module Request and response shapes of incidents, milestones and metrics. */
import { z } from 'zod';
import { DURATION_NAMES } from '../../domain/durations.js';
import { INCIDENT_STATUSES, SEVERITIES } from '../../domain/incident.js';
import { MILESTONE_NAMES } from '../../domain/milestones.js';
import { REVIEW_STATUSES } from '../../domain/review/review.js';
import {
  InstantSchema,
  LabelListSchema,
  LongTextSchema,
  NameSchema,
  TimeZoneSchema,
  VersionSchema,
} from './primitives.js';

export const SeveritySchema = z.enum(SEVERITIES, {
  error: `must be one of ${SEVERITIES.join(', ')}`,
});
export const IncidentStatusSchema = z.enum(INCIDENT_STATUSES, {
  error: `must be one of ${INCIDENT_STATUSES.join(', ')}`,
});

const RoleSchema = z.strictObject({ role: NameSchema, person: NameSchema });
const ParticipantSchema = z.strictObject({ name: NameSchema, team: NameSchema.optional() });

export const IncidentCreateSchema = z.strictObject({
  title: NameSchema,
  severity: SeveritySchema,
  services: LabelListSchema.optional(),
  tags: LabelListSchema.optional(),
  summary: LongTextSchema.optional(),
  customerImpact: LongTextSchema.optional(),
  roles: z.array(RoleSchema).max(50).optional(),
  participants: z.array(ParticipantSchema).max(500).optional(),
  private: z.boolean({ error: 'must be true or false' }).optional(),
  timeZone: TimeZoneSchema.optional(),
});
export type IncidentCreate = z.infer<typeof IncidentCreateSchema>;

export const IncidentUpdateSchema = IncidentCreateSchema.partial().extend({
  status: IncidentStatusSchema.optional(),
  version: VersionSchema.optional(),
});
export type IncidentUpdate = z.infer<typeof IncidentUpdateSchema>;

export const IncidentCancelSchema = z.strictObject({ version: VersionSchema.optional() });

const ListOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const IncidentListQuerySchema = z.strictObject({
  severity: ListOf(SeveritySchema).optional(),
  status: ListOf(IncidentStatusSchema).optional(),
  service: z.string().max(100).optional(),
  tag: z.string().max(100).optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce
    .number({ error: 'must be a number from 1 to 200' })
    .int({ error: 'must be a whole number from 1 to 200' })
    .min(1, { error: 'must be a number from 1 to 200' })
    .max(200, { error: 'must be a number from 1 to 200' })
    .optional(),
});

const milestoneFields = Object.fromEntries(
  MILESTONE_NAMES.map((name) => [name, InstantSchema.nullable().optional()]),
) as Record<(typeof MILESTONE_NAMES)[number], z.ZodOptional<z.ZodNullable<typeof InstantSchema>>>;

export const MilestonesUpdateSchema = z.strictObject({
  ...milestoneFields,
  version: VersionSchema.optional(),
});

export const MilestonesSchema = z.object(
  Object.fromEntries(MILESTONE_NAMES.map((name) => [name, z.string().nullable()])) as Record<
    (typeof MILESTONE_NAMES)[number],
    z.ZodNullable<z.ZodString>
  >,
);

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  where: z
    .object({ path: z.string(), start: z.number().optional(), end: z.number().optional() })
    .optional(),
  suggestion: z.string().optional(),
});

export const IncidentSchema = z.object({
  key: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  status: IncidentStatusSchema,
  summary: z.string(),
  customerImpact: z.string(),
  services: z.array(z.string()),
  tags: z.array(z.string()),
  roles: z.array(z.object({ role: z.string(), person: z.string() })),
  participants: z.array(z.object({ name: z.string(), team: z.string().optional() })),
  private: z.boolean(),
  timeZone: z.string(),
  milestones: MilestonesSchema,
  version: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type IncidentView = z.infer<typeof IncidentSchema>;

/** Where the incident's review stands; only the list carries it, so reading one incident stays cheap. */
export const IncidentReviewSummarySchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  publishDueAt: z.string().nullable(),
  overdue: z.boolean(),
});

export const IncidentListItemSchema = IncidentSchema.extend({
  review: IncidentReviewSummarySchema.nullable(),
});
export type IncidentListItemView = z.infer<typeof IncidentListItemSchema>;

export const IncidentListResponseSchema = z.object({
  incidents: z.array(IncidentListItemSchema),
  nextCursor: z.string().nullable(),
});

export const MetricsSchema = z.object({
  milestones: MilestonesSchema,
  durations: z.object(
    Object.fromEntries(DURATION_NAMES.map((name) => [name, z.number().nullable()])) as Record<
      (typeof DURATION_NAMES)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  definitions: z.record(z.string(), z.string()),
  findings: z.array(FindingSchema),
});
