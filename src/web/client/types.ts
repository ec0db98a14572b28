/** @module The shapes the web app reads, inferred from the shared schemas the API validates with. */
import type { z } from 'zod';
import type {
  ActionItemListingSchema,
  ActionItemSchema,
} from '../../shared/schemas/action-items.js';
import type {
  IncidentListItemView,
  IncidentView,
  MetricsSchema,
} from '../../shared/schemas/incidents.js';
import type {
  LibrarySearchResultSchema,
  RelatedIncidentSchema,
} from '../../shared/schemas/library.js';
import type { LintResponseSchema } from '../../shared/schemas/policies.js';
import type { FindingOutputSchema, WhyNodeOutput } from '../../shared/schemas/review-parts.js';
import type { ReviewDetailSchema, ReviewListingSchema } from '../../shared/schemas/reviews.js';
import type { TimelineEventSchema } from '../../shared/schemas/timeline.js';

export type Incident = IncidentView;
/** An incident as the list shows it: with where its review stands (null when none was started). */
export type IncidentListItem = IncidentListItemView;
export type IncidentReviewSummary = NonNullable<IncidentListItem['review']>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type IncidentWithEvents = Incident & { events: TimelineEvent[] };
export type Metrics = z.infer<typeof MetricsSchema>;
export type MilestoneName = keyof Incident['milestones'];
export type Severity = Incident['severity'];
export type IncidentStatus = Incident['status'];

export interface Workspace {
  slug: string;
  name: string;
  incidentPrefix: string;
  timeZone: string;
  actor: { name: string };
}

export interface ServiceSummary {
  name: string;
  owningTeam: string | null;
}

export type ReviewDetail = z.infer<typeof ReviewDetailSchema>;
export type Review = ReviewDetail['review'];
export type ReviewStatus = Review['status'];
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type ActionItemStatus = ActionItem['status'];
export type ActionItemListing = z.infer<typeof ActionItemListingSchema>;
export type WhyTree = Review['whyTrees'][number];
export type WhyNode = WhyNodeOutput;
export type Factor = Review['factors'][number];
export type Finding = z.infer<typeof FindingOutputSchema>;
export type ReviewListing = z.infer<typeof ReviewListingSchema>;
export type LibraryResult = z.infer<typeof LibrarySearchResultSchema>;
export type LintFinding = z.infer<typeof LintResponseSchema>['findings'][number];
export type RelatedIncident = z.infer<typeof RelatedIncidentSchema>;
export type * from './insight-types.js';
