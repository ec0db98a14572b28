/** @module The post-incident review of one incident: its sections, people, decisions and status. */
import type { IncidentId, WorkspaceId } from '../ids.js';
import type { Instant } from '../instant.js';
import type { ActionItem } from './action-item.js';
import type { ContributingFactor } from './contributing-factor.js';
import type { FollowUp } from './follow-up.js';
import type { ImpactInputs } from './impact-inputs.js';
import type { WhyTree } from './why-tree.js';

export type ReviewId = string & { readonly __brand: 'ReviewId' };

export const REVIEW_STATUSES = ['draft', 'in_review', 'approved', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEWER_DECISIONS = ['pending', 'approved', 'changes_requested'] as const;
export type ReviewerDecision = (typeof REVIEWER_DECISIONS)[number];

export interface Reviewer {
  name: string;
  decision: ReviewerDecision;
  comment: string;
  /** When the decision was made; null while pending. */
  at: Instant | null;
}

export interface Lessons {
  wentWell: string[];
  wentWrong: string[];
  gotLucky: string[];
}

export interface Meeting {
  at: Instant | null;
  attendees: { name: string; team: string }[];
}

/** An admin published without the readiness checks passing; kept for the record. */
export interface PublishOverride {
  by: string;
  reason: string;
  at: Instant;
}

export interface Review {
  id: ReviewId;
  workspaceId: WorkspaceId;
  incidentId: IncidentId;
  status: ReviewStatus;
  authors: string[];
  reviewers: Reviewer[];
  summary: string;
  impact: ImpactInputs;
  lessons: Lessons;
  whyTrees: WhyTree[];
  factors: ContributingFactor[];
  actionItems: ActionItem[];
  meeting: Meeting;
  publishOverride: PublishOverride | null;
  followUp: FollowUp | null;
  templateId: string;
  version: number;
  createdAt: Instant;
  createdBy: string;
  updatedAt: Instant;
  updatedBy: string;
  /** First submission for review; the draft deadline is met once this is set. */
  submittedAt: Instant | null;
  approvedAt: Instant | null;
  publishedAt: Instant | null;
}
