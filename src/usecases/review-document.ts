/** @module Saves a whole review written elsewhere (a reviews-as-code Markdown file) over the stored one. */
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import {
  type ActionItemStatus,
  defaultDueDate,
  transitionActionItem,
} from '../domain/review/index.js';
import {
  deleteActionItem,
  findReviewByIncident,
  insertActionItems,
  type StoredActionItem,
  updateActionItemIfVersion,
} from '../storage/index.js';
import type { ActionItemCreate } from './action-items.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { newActionItem } from './new-action-item.js';
import type { ReviewDetail } from './review-detail.js';
import { saveReview } from './review-save.js';
import { loadIncidentState } from './review-state.js';
import { loadTemplates } from './review-templates.js';
import { applyReviewPatch, detailOf, insertNewReview, type ReviewPatch } from './reviews.js';

/** An action item as written in a document; `id` matches a stored item, else the title does. */
export interface ActionItemDraft extends ActionItemCreate {
  id?: string;
  status?: ActionItemStatus;
  wontDoReason?: string | null;
  verification?: { what: string; at: Instant; link?: string | null } | null;
}

/** Every section of a review; factors may name action items by the ids used in the document. */
export interface ReviewDocumentDraft extends Omit<ReviewPatch, 'templateId'> {
  actionItems?: ActionItemDraft[];
}

/**
 * Starts the review if there is none, then makes the stored action items match the document
 * (matched by id, then by title; missing ones are removed) and replaces the sections. Status
 * changes go through the same rules as in the API. One transaction: all of it lands or none.
 */
export async function saveReviewFromDocument(
  ctx: UseCaseContext,
  key: IncidentKey,
  draft: ReviewDocumentDraft,
  expectedVersion: number | null = null,
): Promise<ReviewDetail> {
  return inTransaction(ctx, async (db) => {
    const incidentState = await loadIncidentState(db, ctx, key);
    const existing = await findReviewByIncident(db, ctx.workspace.id, incidentState.incident.id);
    const review =
      existing ??
      (
        await insertNewReview(db, ctx, incidentState, {
          ...(draft.authors ? { authors: draft.authors } : {}),
        })
      ).review;
    const now = ctx.clock();
    const idMap = new Map<string, string>();
    let items = review.actionItems;
    if (draft.actionItems !== undefined) {
      const kept: StoredActionItem[] = [];
      for (const [i, itemDraft] of draft.actionItems.entries()) {
        const match =
          items.find((item) => item.id === itemDraft.id) ??
          items.find((item) => item.title === itemDraft.title && !kept.includes(item));
        const base: StoredActionItem =
          match ??
          newActionItem(
            ctx,
            { reviewId: review.id, incidentId: incidentState.incident.id },
            { position: i, title: itemDraft.title, horizon: itemDraft.horizon, version: 0 },
            now,
          );
        const horizon = itemDraft.horizon ?? base.horizon;
        let next: StoredActionItem = {
          ...base,
          position: i,
          title: itemDraft.title,
          owner: itemDraft.owner !== undefined ? itemDraft.owner : base.owner,
          dueDate:
            itemDraft.dueDate !== undefined
              ? itemDraft.dueDate
              : (base.dueDate ?? defaultDueDate(horizon, now, incidentState.policy)),
          horizon,
          type: itemDraft.type ?? base.type,
          impact: itemDraft.impact ?? base.impact,
          effort: itemDraft.effort ?? base.effort,
          successCriteria: itemDraft.successCriteria ?? base.successCriteria,
          validationMethod: itemDraft.validationMethod ?? base.validationMethod,
          trackerUrl: itemDraft.trackerUrl !== undefined ? itemDraft.trackerUrl : base.trackerUrl,
        };
        if (itemDraft.status !== undefined && itemDraft.status !== next.status) {
          const result = transitionActionItem(
            next,
            itemDraft.status,
            {
              by: ctx.actor.name,
              ...(itemDraft.verification ? { verification: itemDraft.verification } : {}),
              ...(itemDraft.wontDoReason ? { reason: itemDraft.wontDoReason } : {}),
            },
            now,
          );
          if ('problem' in result) {
            throw new AppError('RULE_VIOLATION', `actionItems.${i}.${result.problem}`);
          }
          next = { ...next, ...result.item };
        }
        if (match === undefined) {
          next = { ...next, version: 1 };
          await insertActionItems(db, [next]);
        } else if (JSON.stringify(next) !== JSON.stringify(match)) {
          next = { ...next, version: match.version + 1, updatedAt: now, updatedBy: ctx.actor.name };
          await updateActionItemIfVersion(db, next, match.version);
        }
        if (itemDraft.id !== undefined) idMap.set(itemDraft.id, next.id);
        kept.push(next);
      }
      for (const item of items) {
        if (!kept.some((k) => k.id === item.id))
          await deleteActionItem(db, ctx.workspace.id, item.id);
      }
      items = kept;
    }
    const state = { ...incidentState, review: { ...review, actionItems: items } };
    const { actionItems: _items, ...sections } = draft;
    const patch: ReviewPatch = {
      ...sections,
      ...(draft.factors
        ? {
            factors: draft.factors.map((factor) => ({
              ...factor,
              actionItemIds: (factor.actionItemIds ?? []).map((id) => idMap.get(id) ?? id),
            })),
          }
        : {}),
    };
    if (review.status === 'approved' || review.status === 'published') {
      throw new AppError(
        'RULE_VIOLATION',
        `status: the review is ${review.status}; reopen it before saving a new version of it`,
      );
    }
    const next = applyReviewPatch(state, patch, await loadTemplates(db, ctx.workspace.id));
    const saved = await saveReview(db, ctx, state, next, expectedVersion ?? review.version);
    return detailOf(db, ctx, { ...state, review: saved });
  });
}
