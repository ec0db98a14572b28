/** @module A new action item of a review with the product's defaults, however it is created (API, review file, imported postmortem). */
import type { IncidentId } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { ReviewId } from '../domain/review/index.js';
import { newId, type StoredActionItem } from '../storage/index.js';
import type { UseCaseContext } from './context.js';

/** The fields a creator may give; everything else starts open, unscored (3 of 5) and unverified. */
export type ActionItemStart = Partial<
  Pick<
    StoredActionItem,
    | 'owner'
    | 'dueDate'
    | 'horizon'
    | 'type'
    | 'impact'
    | 'effort'
    | 'successCriteria'
    | 'validationMethod'
    | 'trackerUrl'
    | 'version'
  >
> & { title: string; position: number };

export function newActionItem(
  ctx: UseCaseContext,
  owner: { reviewId: ReviewId; incidentId: IncidentId },
  start: ActionItemStart,
  now: Instant,
): StoredActionItem {
  return {
    id: newId(),
    workspaceId: ctx.workspace.id,
    reviewId: owner.reviewId,
    incidentId: owner.incidentId,
    position: start.position,
    title: start.title,
    owner: start.owner ?? null,
    dueDate: start.dueDate ?? null,
    horizon: start.horizon ?? 'short',
    type: start.type ?? 'prevent',
    impact: start.impact ?? 3,
    effort: start.effort ?? 3,
    successCriteria: start.successCriteria ?? '',
    validationMethod: start.validationMethod ?? '',
    status: 'open',
    wontDoReason: null,
    verification: null,
    doneAt: null,
    trackerUrl: start.trackerUrl ?? null,
    version: start.version ?? 1,
    createdAt: now,
    createdBy: ctx.actor.name,
    updatedAt: now,
    updatedBy: ctx.actor.name,
  };
}
