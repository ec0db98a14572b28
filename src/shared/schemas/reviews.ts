/** @module Request and response shapes of reviews: start, sections, transitions, follow-up, library. */
import { z } from 'zod';
import { REVIEW_STATUSES } from '../../domain/review/index.js';
import { ActionItemSchema } from './action-items.js';
import { SeveritySchema } from './incidents.js';
import { LongTextSchema, NameSchema, VersionSchema } from './primitives.js';
import {
  FactorInputSchema,
  FindingOutputSchema,
  MeetingSchema,
  NameListSchema,
  PartIdSchema,
  WhyNodeOutputSchema,
  WhyTreeInputSchema,
} from './review-parts.js';

export const ReviewStatusSchema = z.enum(REVIEW_STATUSES, {
  error: `must be one of ${REVIEW_STATUSES.join(', ')}`,
});

export const ReviewStartSchema = z.strictObject({
  authors: NameListSchema.optional(),
  reviewers: NameListSchema.optional(),
  templateId: PartIdSchema.optional(),
});

const Amount = (max: number) =>
  z
    .number({ error: 'must be a number of 0 or more' })
    .min(0, { error: 'must be a number of 0 or more' })
    .max(max, { error: `must be at most ${max}` });
const Count = z
  .number({ error: 'must be a whole number of 0 or more' })
  .int({ error: 'must be a whole number of 0 or more' })
  .min(0, { error: 'must be a whole number of 0 or more' })
  .max(1e12, { error: 'must be at most 1000000000000' });

export const ImpactPatchSchema = z.strictObject({
  usersAffected: Count.nullable().optional(),
  customersAffected: Count.nullable().optional(),
  impactFraction: z
    .number({ error: 'must be a number between 0 and 1' })
    .min(0, { error: 'must be a number between 0 and 1' })
    .max(1, { error: 'must be a number between 0 and 1' })
    .optional(),
  durationMinutes: Amount(1e7).nullable().optional(),
  revenuePerHour: Amount(1e12).optional(),
  responderHours: Amount(1e6).optional(),
  hourlyRate: Amount(1e7).optional(),
  slaCredits: Amount(1e12).optional(),
  currency: z
    .string({ error: 'must be a three-letter ISO 4217 code such as EUR' })
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as EUR' })
    .optional(),
  notes: LongTextSchema.optional(),
});

const LessonListSchema = z
  .array(LongTextSchema.max(2000, { error: 'must be at most 2,000 characters' }))
  .max(50, { error: 'must have at most 50 entries' });

export const ReviewUpdateSchema = z.strictObject({
  version: VersionSchema.optional(),
  summary: LongTextSchema.optional(),
  impact: ImpactPatchSchema.optional(),
  lessons: z
    .strictObject({
      wentWell: LessonListSchema.optional(),
      wentWrong: LessonListSchema.optional(),
      gotLucky: LessonListSchema.optional(),
    })
    .optional(),
  whyTrees: z.array(WhyTreeInputSchema).max(20, { error: 'must have at most 20 trees' }).optional(),
  factors: z.array(FactorInputSchema).max(50, { error: 'must have at most 50 factors' }).optional(),
  meeting: MeetingSchema.optional(),
  authors: NameListSchema.optional(),
  reviewers: NameListSchema.optional(),
  templateId: PartIdSchema.optional(),
});

const VersionOnly = { version: VersionSchema.optional() };
export const ReviewSubmitSchema = z.strictObject(VersionOnly);
export const ReviewReopenSchema = z.strictObject(VersionOnly);
export const ReviewApproveSchema = z.strictObject({
  ...VersionOnly,
  comment: LongTextSchema.max(5000).optional(),
});
export const ReviewRequestChangesSchema = z.strictObject({
  ...VersionOnly,
  comment: NameSchema.max(5000, { error: 'must be at most 5,000 characters' }),
});
export const ReviewPublishSchema = z.strictObject({
  ...VersionOnly,
  override: z
    .strictObject({
      reason: NameSchema.max(2000, { error: 'must be at most 2,000 characters' }),
    })
    .optional(),
});

export const FollowUpRecordSchema = z.strictObject({
  version: VersionSchema.optional(),
  answers: z
    .array(
      z.strictObject({
        actionItemId: PartIdSchema,
        verified: z.boolean({ error: 'must be true or false' }),
        effective: z.boolean({ error: 'must be true, false or null' }).nullable(),
        note: LongTextSchema.max(5000).optional(),
      }),
    )
    .max(200),
  recurred: z.strictObject({
    recurred: z.boolean({ error: 'must be true or false' }),
    incidentKeys: z.array(z.string().max(30, { error: 'must be at most 30 characters' })).max(50),
  }),
});

const ListOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(200)
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

export const LimitQuerySchema = z.coerce
  .number({ error: 'must be a number from 1 to 500' })
  .int({ error: 'must be a whole number from 1 to 500' })
  .min(1, { error: 'must be a number from 1 to 500' })
  .max(500, { error: 'must be a number from 1 to 500' });

export const ReviewListQuerySchema = z.strictObject({
  status: ListOf(ReviewStatusSchema).optional(),
  limit: LimitQuerySchema.optional(),
});

const ReviewerSchema = z.object({
  name: z.string(),
  decision: z.enum(['pending', 'approved', 'changes_requested']),
  comment: z.string(),
  at: z.string().nullable(),
});

const ImpactSchema = z.object({
  usersAffected: z.number().nullable(),
  customersAffected: z.number().nullable(),
  impactFraction: z.number(),
  durationMinutes: z.number().nullable(),
  revenuePerHour: z.number(),
  responderHours: z.number(),
  hourlyRate: z.number(),
  slaCredits: z.number(),
  currency: z.string(),
  notes: z.string(),
});

const FollowUpSchema = z.object({
  dueAt: z.string(),
  items: z.array(
    z.object({
      actionItemId: z.string(),
      title: z.string(),
      horizon: z.string(),
      answer: z
        .object({ verified: z.boolean(), effective: z.boolean().nullable(), note: z.string() })
        .nullable(),
    }),
  ),
  recurrence: z.object({ recurred: z.boolean(), incidentKeys: z.array(z.string()) }).nullable(),
  /** When the follow-up sweep asked the review's people; null until it has. */
  askedAt: z.string().nullable().optional(),
  completedAt: z.string().nullable(),
  completedBy: z.string().nullable(),
});

const InferredMilestoneSchema = z.object({
  at: z.string().nullable(),
  inferred: z.boolean(),
  sourceEventId: z.string().nullable(),
});

export const InferredMilestonesSchema = z.object({
  impactStarted: InferredMilestoneSchema,
  detected: InferredMilestoneSchema,
  acknowledged: InferredMilestoneSchema,
  mitigated: InferredMilestoneSchema,
  resolved: InferredMilestoneSchema,
  customersNotified: InferredMilestoneSchema,
});

export const ReviewSchema = z.object({
  status: ReviewStatusSchema,
  authors: z.array(z.string()),
  reviewers: z.array(ReviewerSchema),
  summary: z.string(),
  impact: ImpactSchema,
  lessons: z.object({
    wentWell: z.array(z.string()),
    wentWrong: z.array(z.string()),
    gotLucky: z.array(z.string()),
  }),
  whyTrees: z.array(
    z.object({ id: z.string(), question: z.string(), answers: z.array(WhyNodeOutputSchema) }),
  ),
  factors: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      description: z.string(),
      evidenceEventIds: z.array(z.string()),
      actionItemIds: z.array(z.string()),
      acceptedRisk: z.string().nullable(),
      whyNodeIds: z.array(z.string()),
    }),
  ),
  actionItems: z.array(ActionItemSchema),
  meeting: z.object({
    at: z.string().nullable(),
    attendees: z.array(z.object({ name: z.string(), team: z.string() })),
  }),
  publishOverride: z.object({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
  followUp: FollowUpSchema.nullable(),
  templateId: z.string(),
  version: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const ReviewDetailSchema = z.object({
  incident: z.object({
    key: z.string(),
    title: z.string(),
    severity: SeveritySchema,
    status: z.string(),
    services: z.array(z.string()),
  }),
  review: ReviewSchema,
  ready: z.boolean(),
  readiness: z.array(FindingOutputSchema),
  lint: z.array(FindingOutputSchema),
  dueDates: z
    .object({ draftDueAt: z.string(), meetingDueAt: z.string(), publishDueAt: z.string() })
    .nullable(),
  deadlines: z.array(FindingOutputSchema),
  /** Action item ids, open quick wins first. */
  ranking: z.array(z.string()),
  cost: z.object({
    total: z.number(),
    parts: z.object({ lostRevenue: z.number(), responderCost: z.number(), slaCredits: z.number() }),
    currency: z.string(),
    formula: z.string(),
  }),
  milestones: InferredMilestonesSchema,
  /** The curated timeline: highlighted events, oldest first. */
  timeline: z.array(z.unknown()),
  template: z.object({ id: z.string(), name: z.string() }),
  followUpFindings: z.array(FindingOutputSchema),
});

export const ReadinessSchema = z.object({
  ready: z.boolean(),
  findings: z.array(FindingOutputSchema),
});

export const ReviewListingSchema = z.object({
  incidentKey: z.string(),
  title: z.string(),
  severity: SeveritySchema,
  services: z.array(z.string()),
  status: ReviewStatusSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
