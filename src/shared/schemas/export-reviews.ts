/** @module The stored form of reviews, their action items, templates and policy overrides in the workspace export. */
import { z } from 'zod';
import {
  ACTION_HORIZONS,
  ACTION_ITEM_TYPES,
  isCalendarDate,
  REVIEWER_DECISIONS,
} from '../../domain/review/index.js';
import { ActionItemStatusSchema } from './action-items.js';
import {
  CountSchema,
  FlagSchema,
  IdSchema,
  LabelsSchema,
  NonEmptySchema,
  TextSchema,
} from './export-parts.js';
import { SeveritySchema } from './incidents.js';
import { PolicyPatchSchema, TemplateSchema } from './policies.js';
import { IncidentKeySchema, InstantSchema } from './primitives.js';
import { MeetingSchema, ScoreSchema } from './review-parts.js';
import { ReviewStatusSchema } from './reviews.js';

const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.join(', ')}` });
const HorizonSchema = z.enum(ACTION_HORIZONS, oneOf(ACTION_HORIZONS));
const WhenSchema = InstantSchema.nullable();
const AmountSchema = z
  .number({ error: 'must be a number of 0 or more' })
  .min(0, { error: 'must be a number of 0 or more' });

const ReviewerSchema = z.strictObject({
  name: NonEmptySchema,
  decision: z.enum(REVIEWER_DECISIONS, oneOf(REVIEWER_DECISIONS)),
  comment: TextSchema,
  at: WhenSchema,
});

const ImpactSchema = z.strictObject({
  usersAffected: AmountSchema.nullable(),
  customersAffected: AmountSchema.nullable(),
  impactFraction: AmountSchema.max(1, { error: 'must be a number between 0 and 1' }),
  durationMinutes: AmountSchema.nullable(),
  revenuePerHour: AmountSchema,
  responderHours: AmountSchema,
  hourlyRate: AmountSchema,
  slaCredits: AmountSchema,
  currency: TextSchema,
  notes: TextSchema,
});

const LessonsSchema = z.strictObject({
  wentWell: z.array(TextSchema),
  wentWrong: z.array(TextSchema),
  gotLucky: z.array(TextSchema),
});

interface ExportWhyNode {
  id: string;
  text: string;
  rootCause: boolean;
  category: string | null;
  children: ExportWhyNode[];
}

const WhyNodeSchema: z.ZodType<ExportWhyNode> = z.strictObject({
  id: IdSchema,
  text: TextSchema,
  rootCause: FlagSchema,
  category: NonEmptySchema.nullable(),
  get children() {
    return z.array(WhyNodeSchema);
  },
});

const WhyTreeSchema = z.strictObject({
  id: IdSchema,
  question: TextSchema,
  answers: z.array(WhyNodeSchema),
});

const FactorSchema = z.strictObject({
  id: IdSchema,
  category: NonEmptySchema,
  description: TextSchema,
  evidenceEventIds: z.array(IdSchema),
  actionItemIds: z.array(IdSchema),
  acceptedRisk: TextSchema.nullable(),
  whyNodeIds: z.array(IdSchema),
});

const ActionItemSchema = z.strictObject({
  id: IdSchema,
  position: z
    .number({ error: 'must be a whole number of 0 or more' })
    .int({ error: 'must be a whole number of 0 or more' })
    .min(0, { error: 'must be a whole number of 0 or more' }),
  title: TextSchema,
  owner: TextSchema.nullable(),
  dueDate: TextSchema.refine(isCalendarDate, { error: 'must be a date (YYYY-MM-DD)' }).nullable(),
  horizon: HorizonSchema,
  type: z.enum(ACTION_ITEM_TYPES, oneOf(ACTION_ITEM_TYPES)),
  impact: ScoreSchema,
  effort: ScoreSchema,
  successCriteria: TextSchema,
  validationMethod: TextSchema,
  status: ActionItemStatusSchema,
  wontDoReason: TextSchema.nullable(),
  verification: z
    .strictObject({
      what: TextSchema,
      at: InstantSchema,
      link: TextSchema.nullable(),
      by: TextSchema,
    })
    .nullable(),
  doneAt: WhenSchema,
  trackerUrl: TextSchema.nullable(),
  version: CountSchema,
  createdAt: InstantSchema,
  createdBy: TextSchema,
  updatedAt: InstantSchema,
  updatedBy: TextSchema,
});

const FollowUpSchema = z.strictObject({
  dueAt: InstantSchema,
  /** When the follow-up job mailed the question; null until it has. */
  askedAt: WhenSchema,
  items: z.array(
    z.strictObject({
      actionItemId: IdSchema,
      title: TextSchema,
      horizon: HorizonSchema,
      answer: z
        .strictObject({ verified: FlagSchema, effective: FlagSchema.nullable(), note: TextSchema })
        .nullable(),
    }),
  ),
  recurrence: z
    .strictObject({ recurred: FlagSchema, incidentKeys: z.array(IncidentKeySchema) })
    .nullable(),
  completedAt: WhenSchema,
  completedBy: TextSchema.nullable(),
});

/** A review as stored: every section, the decisions, the follow-up, its items with their versions. */
export const ExportReviewSchema = z.strictObject({
  id: IdSchema,
  status: ReviewStatusSchema,
  authors: LabelsSchema,
  reviewers: z.array(ReviewerSchema),
  summary: TextSchema,
  impact: ImpactSchema,
  lessons: LessonsSchema,
  whyTrees: z.array(WhyTreeSchema),
  factors: z.array(FactorSchema),
  actionItems: z.array(ActionItemSchema),
  meeting: MeetingSchema,
  publishOverride: z
    .strictObject({ by: TextSchema, reason: TextSchema, at: InstantSchema })
    .nullable(),
  followUp: FollowUpSchema.nullable(),
  templateId: NonEmptySchema,
  version: CountSchema,
  createdAt: InstantSchema,
  createdBy: TextSchema,
  updatedAt: InstantSchema,
  updatedBy: TextSchema,
  submittedAt: WhenSchema,
  approvedAt: WhenSchema,
  publishedAt: WhenSchema,
  /** As last computed from the resolution and the policy; null while the incident was unresolved. */
  dueDates: z
    .strictObject({
      draftDueAt: InstantSchema,
      meetingDueAt: InstantSchema,
      publishDueAt: InstantSchema,
    })
    .nullable(),
});

/** The custom templates, saved together; null while the built-in template applies. */
export const ExportTemplatesSchema = z
  .strictObject({
    templates: z
      .array(TemplateSchema)
      .min(1, { error: 'must list at least one template; write null for the built-in one' }),
    updatedAt: InstantSchema,
    updatedBy: TextSchema,
  })
  .nullable();

/** The overrides of one severity; the defaults fill in the rest when the policy is read. */
export const ExportPolicySchema = z.strictObject({
  severity: SeveritySchema,
  overrides: PolicyPatchSchema,
  version: CountSchema,
  updatedAt: InstantSchema,
  updatedBy: TextSchema,
});

export type ExportReview = z.infer<typeof ExportReviewSchema>;
export type ExportActionItem = ExportReview['actionItems'][number];
export type ExportTemplates = z.infer<typeof ExportTemplatesSchema>;
export type ExportPolicy = z.infer<typeof ExportPolicySchema>;
