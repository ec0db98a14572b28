/** @module The workspace export document (`hindsight export` / `hindsight import`), format version 1. */
import { z } from 'zod';
import { isIncidentKey } from '../../domain/ids.js';
import { MILESTONE_NAMES } from '../../domain/milestones.js';
import { TIMELINE_EVENT_KINDS } from '../../domain/timeline-event.js';
import { describeFirstIssue } from '../format-issues.js';
import { IncidentStatusSchema, SeveritySchema } from './incidents.js';
import { InstantSchema, TimeZoneSchema } from './primitives.js';

export const EXPORT_FORMAT = 'hindsight-export';
export const EXPORT_FORMAT_VERSION = 1;

const IdSchema = z
  .string({ error: 'must be an id (a string)' })
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });
const TextSchema = z.string({ error: 'must be a string' });
const NonEmptySchema = TextSchema.min(1, { error: 'must not be empty' });
const CountSchema = z
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' });
const FlagSchema = z.boolean({ error: 'must be true or false' });
const LabelsSchema = z.array(NonEmptySchema, { error: 'must be a list of strings' });

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

const ExportEventSchema = z.strictObject({
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
});

const ExportMilestonesSchema = z.strictObject(
  Object.fromEntries(MILESTONE_NAMES.map((name) => [name, InstantSchema.nullable()])) as Record<
    (typeof MILESTONE_NAMES)[number],
    z.ZodNullable<typeof InstantSchema>
  >,
);

const ExportIncidentSchema = z.strictObject({
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
  events: z.array(ExportEventSchema),
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
      error: `must be ${EXPORT_FORMAT_VERSION}; this version of Hindsight reads format version ${EXPORT_FORMAT_VERSION} only`,
    }),
    exportedAt: InstantSchema,
    workspace: ExportWorkspaceSchema,
    services: z.array(ExportServiceSchema),
    incidents: z.array(ExportIncidentSchema),
    auditLog: z.array(ExportAuditEntrySchema),
  })
  .superRefine((document, ctx) => {
    // The database enforces these too, but a failed constraint deep in an import tells nobody which line is wrong.
    const report = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const firstSeen = (scope: Map<string, string>, value: string, where: string) => {
      const earlier = scope.get(value);
      if (earlier === undefined) scope.set(value, where);
      return earlier;
    };
    const serviceIds = new Map<string, string>();
    const names = new Map<string, string>();
    document.services.forEach((service, i) => {
      const idTwice = firstSeen(serviceIds, service.id, `services.${i}`);
      if (idTwice) report(['services', i, 'id'], `repeats the id of ${idTwice}`);
      const nameTwice = firstSeen(names, service.name, `services.${i}`);
      if (nameTwice) report(['services', i, 'name'], `repeats the name of ${nameTwice}`);
    });
    const incidentIds = new Map<string, string>();
    const eventIds = new Map<string, string>();
    const keys = new Map<string, string>();
    const numbers = new Map<string, string>();
    document.incidents.forEach((incident, i) => {
      const idTwice = firstSeen(incidentIds, incident.id, `incidents.${i}`);
      if (idTwice) report(['incidents', i, 'id'], `repeats the id of ${idTwice}`);
      const keyTwice = firstSeen(keys, incident.key, `incidents.${i}`);
      if (keyTwice) report(['incidents', i, 'key'], `repeats the key of ${keyTwice}`);
      const number = incidentNumberOf(incident.key);
      const numberTwice = firstSeen(numbers, String(number), `incidents.${i}`);
      if (numberTwice) report(['incidents', i, 'key'], `repeats the number of ${numberTwice}`);
      if (number >= document.workspace.nextIncidentNumber) {
        report(
          ['incidents', i, 'key'],
          `number ${number} is not below workspace.nextIncidentNumber (${document.workspace.nextIncidentNumber})`,
        );
      }
      for (const field of ['services', 'tags'] as const) {
        const seen = new Set<string>();
        incident[field].forEach((label, j) => {
          if (seen.has(label)) report(['incidents', i, field, j], `repeats "${label}"`);
          seen.add(label);
        });
      }
      incident.events.forEach((event, j) => {
        const eventTwice = firstSeen(eventIds, event.id, `incidents.${i}.events.${j}`);
        if (eventTwice)
          report(['incidents', i, 'events', j, 'id'], `repeats the id of ${eventTwice}`);
      });
    });
    const auditIds = new Set<string>();
    document.auditLog.forEach((entry, i) => {
      if (auditIds.has(entry.id)) report(['auditLog', i, 'id'], 'repeats an earlier audit id');
      auditIds.add(entry.id);
    });
  });

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
export type ExportIncident = ExportDocument['incidents'][number];
export type ExportEvent = ExportIncident['events'][number];

/** The number in an incident key: 42 for `INC-42`. */
export function incidentNumberOf(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}

/**
 * The document, or the first problem as `field: what is wrong`, e.g.
 * `incidents.3.severity: must be one of SEV1, SEV2, SEV3, SEV4`.
 */
export function parseExportDocument(value: unknown): ExportDocument | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'document: must be a JSON object, as `hindsight export` writes' };
  }
  // With the input reported, a field of the wrong type is told apart from a missing one.
  const result = ExportDocumentSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'document';
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      problem: `${where}: unknown field ${keys}; the file is not a format version ${EXPORT_FORMAT_VERSION} export`,
    };
  }
  return { problem: describeFirstIssue(result.error, 'document') };
}
