/** @module The workspace export document (`hindsight export` / `hindsight import`): format version 2, and version 1 read and upgraded. */
import { z } from 'zod';
import { isIncidentKey } from '../../domain/ids.js';
import { MILESTONE_NAMES } from '../../domain/milestones.js';
import { TIMELINE_EVENT_KINDS } from '../../domain/timeline-event.js';
import { describeFirstIssue } from '../format-issues.js';
import { checkExportReferences } from './export-checks.js';
import {
  CountSchema,
  FlagSchema,
  IdSchema,
  LabelsSchema,
  NonEmptySchema,
  TextSchema,
} from './export-parts.js';
import { ExportPolicySchema, ExportReviewSchema, ExportTemplatesSchema } from './export-reviews.js';
import { IncidentStatusSchema, SeveritySchema } from './incidents.js';
import { InstantSchema, TimeZoneSchema } from './primitives.js';

export const EXPORT_FORMAT = 'hindsight-export';
/** Version 2 added reviews, templates, policy overrides and events' origin keys. */
export const EXPORT_FORMAT_VERSION = 2;

const ExportWorkspaceSchema = z.strictObject({
  id: IdSchema,
  slug: NonEmptySchema,
  name: NonEmptySchema,
  incidentPrefix: NonEmptySchema,
  timeZone: TimeZoneSchema,
  createdAt: InstantSchema,
  nextIncidentNumber: CountSchema,
});

const ExportServiceSchema = z.strictObject({
  id: IdSchema,
  name: NonEmptySchema,
  owningTeam: TextSchema.nullable(),
  sloTarget: z.number({ error: 'must be a fraction such as 0.999' }).gt(0).lt(1).nullable(),
  sloWindowDays: CountSchema,
  revenuePerHour: z.number({ error: 'must be a number' }).min(0).nullable(),
  tags: LabelsSchema,
  version: CountSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});

const eventFields = {
  id: IdSchema,
  at: InstantSchema,
  sourceZone: NonEmptySchema,
  kind: z.enum(TIMELINE_EVENT_KINDS, {
    error: `must be one of ${TIMELINE_EVENT_KINDS.join(', ')}`,
  }),
  source: NonEmptySchema,
  actor: TextSchema.nullable(),
  text: TextSchema,
  highlight: FlagSchema,
  links: z.array(z.strictObject({ url: NonEmptySchema, title: TextSchema.optional() })),
  change: z.strictObject({ field: NonEmptySchema, from: z.unknown(), to: z.unknown() }).nullable(),
  version: CountSchema,
  createdAt: InstantSchema,
  createdBy: TextSchema,
};

const ExportEventSchema = z.strictObject({
  ...eventFields,
  /** The source id an imported event came with; later imports of the same file skip it. */
  originKey: NonEmptySchema.optional(),
});

const ExportMilestonesSchema = z.strictObject(
  Object.fromEntries(MILESTONE_NAMES.map((name) => [name, InstantSchema.nullable()])) as Record<
    (typeof MILESTONE_NAMES)[number],
    z.ZodNullable<typeof InstantSchema>
  >,
);

const incidentFields = {
  id: IdSchema,
  key: TextSchema.refine(isIncidentKey, { error: 'must be an incident key such as INC-42' }),
  title: NonEmptySchema,
  severity: SeveritySchema,
  status: IncidentStatusSchema,
  summary: TextSchema,
  customerImpact: TextSchema,
  services: LabelsSchema,
  tags: LabelsSchema,
  roles: z.array(z.strictObject({ role: NonEmptySchema, person: NonEmptySchema })),
  participants: z.array(z.strictObject({ name: NonEmptySchema, team: TextSchema.optional() })),
  private: FlagSchema,
  timeZone: TimeZoneSchema,
  milestones: ExportMilestonesSchema,
  version: CountSchema,
  createdAt: InstantSchema,
  createdBy: TextSchema,
  updatedAt: InstantSchema,
  updatedBy: TextSchema,
};

const ExportIncidentSchema = z.strictObject({
  ...incidentFields,
  events: z.array(ExportEventSchema),
  review: ExportReviewSchema.nullable(),
});

const ExportAuditEntrySchema = z.strictObject({
  id: IdSchema,
  entity: NonEmptySchema,
  entityId: NonEmptySchema,
  action: z.enum(['create', 'update', 'delete'], {
    error: 'must be one of create, update, delete',
  }),
  field: TextSchema.nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  actor: TextSchema,
  at: InstantSchema,
});

export const ExportDocumentSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION, {
      error: `must be ${EXPORT_FORMAT_VERSION} or 1; this version of Hindsight reads format versions 1 and ${EXPORT_FORMAT_VERSION}`,
    }),
    exportedAt: InstantSchema,
    workspace: ExportWorkspaceSchema,
    services: z.array(ExportServiceSchema),
    incidents: z.array(ExportIncidentSchema),
    reviewTemplates: ExportTemplatesSchema,
    policies: z.array(ExportPolicySchema),
    auditLog: z.array(ExportAuditEntrySchema),
  })
  .superRefine((document, ctx) =>
    checkExportReferences(document, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    ),
  );

/** Format version 1: no reviews, templates, policies or origin keys; upgraded once read. */
const ExportDocumentV1Schema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
    formatVersion: z.literal(1),
    exportedAt: InstantSchema,
    workspace: ExportWorkspaceSchema,
    services: z.array(ExportServiceSchema),
    incidents: z.array(
      z.strictObject({ ...incidentFields, events: z.array(z.strictObject(eventFields)) }),
    ),
    auditLog: z.array(ExportAuditEntrySchema),
  })
  .superRefine((document, ctx) =>
    checkExportReferences(document, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    ),
  );

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
export type ExportIncident = ExportDocument['incidents'][number];
export type ExportEvent = ExportIncident['events'][number];
export { incidentNumberOf } from './export-checks.js';
export type {
  ExportActionItem,
  ExportPolicy,
  ExportReview,
  ExportTemplates,
} from './export-reviews.js';

/**
 * The document in the current format, or the first problem as `field: what is wrong`, e.g.
 * `incidents.3.severity: must be one of SEV1, SEV2, SEV3, SEV4`. A version 1 document comes back
 * upgraded: no review on any incident, the built-in templates and no policy overrides.
 */
export function parseExportDocument(value: unknown): ExportDocument | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'document: must be a JSON object, as `hindsight export` writes' };
  }
  if ((value as { formatVersion?: unknown }).formatVersion === 1) {
    const result = ExportDocumentV1Schema.safeParse(value, { reportInput: true });
    if (!result.success) return { problem: describeDocumentIssue(result.error, 1) };
    const { auditLog, incidents, ...rest } = result.data;
    return {
      ...rest,
      formatVersion: EXPORT_FORMAT_VERSION,
      incidents: incidents.map((incident) => ({ ...incident, review: null })),
      reviewTemplates: null,
      policies: [],
      auditLog,
    };
  }
  // With the input reported, a field of the wrong type is told apart from a missing one.
  const result = ExportDocumentSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  return { problem: describeDocumentIssue(result.error, EXPORT_FORMAT_VERSION) };
}

function describeDocumentIssue(error: z.ZodError, version: number): string {
  const issue = error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'document';
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${where}: unknown field ${keys}; the file is not a format version ${version} export`;
  }
  return describeFirstIssue(error, 'document');
}

/** How much a document holds, as the CLI reports it. */
export interface ExportCounts {
  incidents: number;
  events: number;
  reviews: number;
  actionItems: number;
  services: number;
  templates: number;
  policies: number;
  auditEntries: number;
}

export function countExportDocument(document: ExportDocument): ExportCounts {
  let events = 0;
  let reviews = 0;
  let actionItems = 0;
  for (const incident of document.incidents) {
    events += incident.events.length;
    if (incident.review === null) continue;
    reviews += 1;
    actionItems += incident.review.actionItems.length;
  }
  return {
    incidents: document.incidents.length,
    events,
    reviews,
    actionItems,
    services: document.services.length,
    templates: document.reviewTemplates?.templates.length ?? 0,
    policies: document.policies.length,
    auditEntries: document.auditLog.length,
  };
}

/** `3 incidents (10 timeline events), 1 review (2 action items), 2 services, … and 19 audit entries`. */
export function describeExportCounts(counts: ExportCounts): string {
  const of = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${of(counts.incidents, 'incident', 'incidents')} (${of(counts.events, 'timeline event', 'timeline events')})`,
    `${of(counts.reviews, 'review', 'reviews')} (${of(counts.actionItems, 'action item', 'action items')})`,
    of(counts.services, 'service', 'services'),
    of(counts.templates, 'custom template', 'custom templates'),
    `${of(counts.policies, 'policy override', 'policy overrides')} and ${of(counts.auditEntries, 'audit entry', 'audit entries')}`,
  ].join(', ');
}
