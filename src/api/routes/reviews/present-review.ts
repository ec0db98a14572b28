/** @module The public view of a review and its checks: internal ids of the workspace and incident stay inside. */
import type { z } from 'zod';
import { presentTimelineEvent } from '../../../shared/presenters/timeline-event.js';
import type { ReviewDetailSchema } from '../../../shared/schemas/reviews.js';
import type { StoredActionItem } from '../../../storage/index.js';
import type { ReviewDetail } from '../../../usecases/review-detail.js';

export function presentActionItem(item: StoredActionItem) {
  return {
    id: item.id,
    title: item.title,
    owner: item.owner,
    dueDate: item.dueDate,
    horizon: item.horizon,
    type: item.type,
    impact: item.impact,
    effort: item.effort,
    successCriteria: item.successCriteria,
    validationMethod: item.validationMethod,
    status: item.status,
    wontDoReason: item.wontDoReason,
    verification: item.verification,
    doneAt: item.doneAt,
    trackerUrl: item.trackerUrl,
    version: item.version,
    createdAt: item.createdAt,
    createdBy: item.createdBy,
    updatedAt: item.updatedAt,
    updatedBy: item.updatedBy,
  };
}

export function presentReviewDetail(detail: ReviewDetail): z.input<typeof ReviewDetailSchema> {
  const { incident, review } = detail;
  return {
    incident: {
      key: incident.key,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      services: incident.services,
    },
    review: {
      status: review.status,
      authors: review.authors,
      reviewers: review.reviewers,
      summary: review.summary,
      impact: review.impact,
      lessons: review.lessons,
      whyTrees: review.whyTrees,
      factors: review.factors,
      actionItems: review.actionItems.map(presentActionItem),
      meeting: review.meeting,
      publishOverride: review.publishOverride,
      followUp: review.followUp,
      templateId: review.templateId,
      version: review.version,
      createdAt: review.createdAt,
      createdBy: review.createdBy,
      updatedAt: review.updatedAt,
      updatedBy: review.updatedBy,
      submittedAt: review.submittedAt,
      approvedAt: review.approvedAt,
      publishedAt: review.publishedAt,
    },
    ready: detail.ready,
    readiness: detail.readiness,
    lint: detail.lint,
    dueDates: detail.dueDates,
    deadlines: detail.deadlines,
    ranking: detail.rankedActionItems.map((item) => item.id),
    cost: detail.cost,
    milestones: detail.milestones,
    timeline: detail.highlighted.map(presentTimelineEvent),
    template: { id: detail.template.id, name: detail.template.name },
    followUpFindings: detail.followUpFindings,
  };
}
