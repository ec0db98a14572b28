/** @module Action items of a review: add, edit, remove, move through their statuses, and list across reviews. */
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import {
  type ActionHorizon,
  type ActionItem,
  type ActionItemStatus,
  type ActionItemType,
  defaultDueDate,
  type Score,
  transitionActionItem,
} from '../domain/review/index.js';
import {
  type ActionItemListing,
  appendAuditEntries,
  deleteActionItem,
  type Executor,
  insertActionItems,
  listActionItems,
  nextActionItemPosition,
  type StoredActionItem,
  updateActionItemIfVersion,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { newActionItem } from './new-action-item.js';
import { saveReview } from './review-save.js';
import { loadReviewState, type ReviewState } from './review-state.js';

export interface ActionItemCreate {
  title: string;
  owner?: string | null;
  /** Defaults to the policy's due days for the horizon, counted from now. */
  dueDate?: string | null;
  horizon?: ActionHorizon;
  type?: ActionItemType;
  impact?: Score;
  effort?: Score;
  successCriteria?: string;
  validationMethod?: string;
  trackerUrl?: string | null;
}

export type ActionItemPatch = Partial<Omit<ActionItemCreate, 'horizon' | 'type'>> & {
  horizon?: ActionHorizon;
  type?: ActionItemType;
};

export interface ActionItemTransition {
  to: ActionItemStatus;
  verification?: { what: string; at: Instant; link?: string | null };
  reason?: string;
}

export async function createActionItem(
  ctx: UseCaseContext,
  key: IncidentKey,
  input: ActionItemCreate,
): Promise<StoredActionItem> {
  return inTransaction(ctx, async (db) => {
    const state = await loadReviewState(db, ctx, key);
    const now = ctx.clock();
    const horizon = input.horizon ?? 'short';
    const item = newActionItem(
      ctx,
      { reviewId: state.review.id, incidentId: state.incident.id },
      {
        ...input,
        position: await nextActionItemPosition(db, state.review.id),
        dueDate:
          input.dueDate === undefined ? defaultDueDate(horizon, now, state.policy) : input.dueDate,
        horizon,
      },
      now,
    );
    await insertActionItems(db, [item]);
    await audit(db, ctx, item, 'create', null, null, fieldsOf(item));
    return item;
  });
}

export async function editActionItem(
  ctx: UseCaseContext,
  key: IncidentKey,
  id: string,
  patch: ActionItemPatch,
  expectedVersion: number,
): Promise<StoredActionItem> {
  return inTransaction(ctx, async (db) => {
    const { item } = await requireActionItem(db, ctx, key, id);
    const next = { ...item, ...stripUndefined(patch) } as StoredActionItem;
    return saveActionItem(db, ctx, item, next, expectedVersion);
  });
}

/**
 * Moves an item to another status. Verification needs evidence of the test, won't-do needs a
 * reason; refusals are RULE_VIOLATION (or INVALID_TRANSITION for a move the lifecycle forbids).
 */
export async function transitionActionItemStatus(
  ctx: UseCaseContext,
  key: IncidentKey,
  id: string,
  transition: ActionItemTransition,
  expectedVersion: number | null,
): Promise<StoredActionItem> {
  return inTransaction(ctx, async (db) => {
    const { item } = await requireActionItem(db, ctx, key, id);
    const result = transitionActionItem(
      item,
      transition.to,
      {
        by: ctx.actor.name,
        ...(transition.verification ? { verification: transition.verification } : {}),
        ...(transition.reason !== undefined ? { reason: transition.reason } : {}),
      },
      ctx.clock(),
    );
    if ('problem' in result) {
      throw new AppError(
        result.problem.startsWith('status:') ? 'INVALID_TRANSITION' : 'RULE_VIOLATION',
        result.problem,
      );
    }
    const next = { ...item, ...result.item } as StoredActionItem;
    return saveActionItem(db, ctx, item, next, expectedVersion ?? item.version);
  });
}

/** Removes an item, and its links from the review's factors (which bumps the review's version). */
export async function removeActionItem(
  ctx: UseCaseContext,
  key: IncidentKey,
  id: string,
  expectedVersion: number | null,
): Promise<void> {
  await inTransaction(ctx, async (db) => {
    const { state, item } = await requireActionItem(db, ctx, key, id);
    if (expectedVersion !== null && expectedVersion !== item.version) {
      throw versionConflict(item, expectedVersion);
    }
    await deleteActionItem(db, ctx.workspace.id, item.id);
    await audit(db, ctx, item, 'delete', null, fieldsOf(item), null);
    const { review } = state;
    if (review.factors.some((f) => f.actionItemIds.includes(item.id))) {
      const factors = review.factors.map((f) => ({
        ...f,
        actionItemIds: f.actionItemIds.filter((other) => other !== item.id),
      }));
      await saveReview(db, ctx, state, { ...review, factors }, review.version);
    }
  });
}

/** Action items across the workspace: one owner's, by status, or overdue (open and past due). */
export async function listWorkspaceActionItems(
  ctx: UseCaseContext,
  filter: { owner?: string; status?: ActionItemStatus[]; overdue?: boolean; limit?: number },
): Promise<ActionItemListing[]> {
  return listActionItems(ctx.database.db, ctx.workspace.id, {
    ...(filter.owner !== undefined ? { owner: filter.owner } : {}),
    ...(filter.status !== undefined ? { status: filter.status } : {}),
    ...(filter.overdue ? { dueBefore: ctx.clock().slice(0, 10) } : {}),
    includePrivate: canSeePrivate(ctx),
    limit: filter.limit ?? 100,
  });
}

async function requireActionItem(
  db: Executor,
  ctx: UseCaseContext,
  key: IncidentKey,
  id: string,
): Promise<{ state: ReviewState; item: StoredActionItem }> {
  const state = await loadReviewState(db, ctx, key);
  const item = state.review.actionItems.find((candidate) => candidate.id === id);
  if (!item) {
    throw new AppError(
      'ACTION_ITEM_NOT_FOUND',
      `action item ${clip(id)} is not part of the review of ${key}`,
    );
  }
  return { state, item };
}

const EDITABLE = [
  'title',
  'owner',
  'dueDate',
  'horizon',
  'type',
  'impact',
  'effort',
  'successCriteria',
  'validationMethod',
  'status',
  'wontDoReason',
  'verification',
  'doneAt',
  'trackerUrl',
] as const satisfies readonly (keyof ActionItem)[];

async function saveActionItem(
  db: Executor,
  ctx: UseCaseContext,
  before: StoredActionItem,
  after: StoredActionItem,
  expectedVersion: number,
): Promise<StoredActionItem> {
  if (expectedVersion !== before.version) throw versionConflict(before, expectedVersion);
  const changed = EDITABLE.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (changed.length === 0) return before;
  const now = ctx.clock();
  const saved: StoredActionItem = {
    ...after,
    version: before.version + 1,
    updatedAt: now,
    updatedBy: ctx.actor.name,
  };
  if (!(await updateActionItemIfVersion(db, saved, expectedVersion))) {
    throw versionConflict(before, expectedVersion);
  }
  for (const field of changed) {
    await audit(db, ctx, saved, 'update', field, before[field], saved[field]);
  }
  return saved;
}

function fieldsOf(item: StoredActionItem): Pick<ActionItem, (typeof EDITABLE)[number]> {
  return Object.fromEntries(EDITABLE.map((field) => [field, item[field]])) as Pick<
    ActionItem,
    (typeof EDITABLE)[number]
  >;
}

function audit(
  db: Executor,
  ctx: UseCaseContext,
  item: StoredActionItem,
  action: 'create' | 'update' | 'delete',
  field: string | null,
  oldValue: unknown,
  newValue: unknown,
) {
  return appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'action_item',
      entityId: item.id,
      action,
      field,
      oldValue,
      newValue,
      actor: ctx.actor.name,
      at: ctx.clock(),
    },
  ]);
}

function versionConflict(item: StoredActionItem, expectedVersion: number): AppError {
  return new AppError(
    'ACTION_ITEM_VERSION_CONFLICT',
    `version: action item ${item.id} is at version ${item.version}, not ${expectedVersion}; reload it and apply your change again`,
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
