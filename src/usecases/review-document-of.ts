/** @module Maps between the review use cases' types and the export's ReviewDocument, in both directions. */
import type { ActionItem } from '../domain/review/index.js';
import type { ReviewDocument } from '../export/review-document.js';
import type { ReviewDetail } from './review-detail.js';
import type { ReviewDocumentDraft } from './review-document.js';

/** What an export shows of a stored review: its incident's facts, its sections and the curated timeline. */
export function reviewDocumentOf(detail: ReviewDetail): ReviewDocument {
  const { incident, review } = detail;
  return {
    incident: {
      key: incident.key,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      services: incident.services,
      tags: incident.tags,
      timeZone: incident.timeZone,
      milestones: incident.milestones,
      roles: incident.roles,
      participants: incident.participants,
      customerImpact: incident.customerImpact,
    },
    review: {
      status: review.status,
      authors: review.authors,
      reviewers: review.reviewers,
      followUp:
        review.followUp === null
          ? null
          : {
              dueAt: review.followUp.dueAt,
              askedAt: review.followUp.askedAt ?? null,
              items: review.followUp.items,
              recurrence: review.followUp.recurrence,
              completedAt: review.followUp.completedAt,
              completedBy: review.followUp.completedBy,
            },
      summary: review.summary,
      impact: review.impact,
      lessons: review.lessons,
      whyTrees: review.whyTrees,
      factors: review.factors,
      actionItems: [...review.actionItems]
        .sort((a, b) => a.position - b.position)
        .map(plainActionItem),
      meeting: review.meeting,
    },
    timeline: detail.highlighted.map(({ id, at, kind, actor, text }) => ({
      id,
      at,
      kind,
      actor,
      text,
    })),
  };
}

/** The sections of an imported document as the save use case takes them. */
export function reviewDraftOf(doc: ReviewDocument): ReviewDocumentDraft {
  const { review } = doc;
  return {
    summary: review.summary,
    impact: review.impact,
    lessons: review.lessons,
    whyTrees: review.whyTrees,
    factors: review.factors,
    meeting: review.meeting,
    authors: review.authors,
    actionItems: review.actionItems.map((item) => ({
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
      trackerUrl: item.trackerUrl,
      status: item.status,
      wontDoReason: item.wontDoReason,
      verification:
        item.verification === null
          ? null
          : {
              what: item.verification.what,
              at: item.verification.at,
              link: item.verification.link,
            },
    })),
  };
}

function plainActionItem(item: ActionItem): ActionItem {
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
  };
}
