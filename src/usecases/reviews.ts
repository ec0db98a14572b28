/** @module Starting, reading, editing and listing post-incident reviews. */
import type { IncidentKey, TimelineEventId } from '../domain/ids.js';
import type { Severity } from '../domain/incident.js';
import type { Instant } from '../domain/instant.js';
import {
  type ContributingFactor,
  DEFAULT_FACTOR_CATEGORIES,
  defaultImpactInputs,
  type ImpactInputs,
  type Lessons,
  listWhyNodes,
  type Meeting,
  type Review,
  type ReviewId,
  type ReviewStatus,
  type ReviewTemplate,
  reviewDueDates,
  templateForSeverity,
  validateContributingFactor,
  validateImpactInputs,
  type WhyNode,
  type WhyTree,
} from '../domain/review/index.js';
import {
  appendAuditEntries,
  type Executor,
  findReviewByIncident,
  insertReview,
  listReviews,
  listServices,
  newId,
  type ReviewListing,
  type StoredReview,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { refreshSearchIndex } from './library-index.js';
import { describeReview, type ReviewDetail } from './review-detail.js';
import { saveReview } from './review-save.js';
import {
  type IncidentState,
  loadIncidentState,
  loadReviewState,
  plainMilestones,
  type ReviewState,
} from './review-state.js';
import { loadTemplates } from './review-templates.js';

/** Until workspaces carry a currency, cost figures are in this one. */
export const DEFAULT_CURRENCY = 'USD';

export interface ReviewStart {
  authors?: string[];
  reviewers?: string[];
  /** A template of the workspace; by default the one for the incident's severity. */
  templateId?: string;
}

/** A why-tree as written: ids may be left out and are then given. */
export interface WhyNodeDraft {
  id?: string;
  text: string;
  rootCause?: boolean;
  category?: string | null;
  children?: WhyNodeDraft[];
}
export interface WhyTreeDraft {
  id?: string;
  question: string;
  answers: WhyNodeDraft[];
}
export interface FactorDraft {
  id?: string;
  category: string;
  description: string;
  evidenceEventIds?: string[];
  actionItemIds?: string[];
  acceptedRisk?: string | null;
  whyNodeIds?: string[];
}

/** The sections a PATCH may replace; lists and trees are replaced whole, impact and lessons merged. */
export interface ReviewPatch {
  summary?: string;
  impact?: Partial<ImpactInputs>;
  lessons?: Partial<Lessons>;
  whyTrees?: WhyTreeDraft[];
  factors?: FactorDraft[];
  meeting?: Meeting;
  authors?: string[];
  /** Names; reviewers who stay keep their decision. */
  reviewers?: string[];
  templateId?: string;
}

/**
 * Starts the review of `key` (cancelled incidents too): impact pre-filled from the milestones and
 * the catalog, why-trees seeded with the template's questions, the actor as author.
 */
export async function startReview(
  ctx: UseCaseContext,
  key: IncidentKey,
  input: ReviewStart = {},
): Promise<ReviewDetail> {
  return inTransaction(ctx, async (db) => {
    const state = await loadIncidentState(db, ctx, key);
    if (await findReviewByIncident(db, ctx.workspace.id, state.incident.id)) {
      throw new AppError(
        'REVIEW_ALREADY_EXISTS',
        `${key} already has a review; read it with GET /api/v1/incidents/${key}/review`,
      );
    }
    const { review, template } = await insertNewReview(db, ctx, state, input);
    return describeReview({ ...state, review }, template, ctx.clock());
  });
}

/** Creates the review row of a loaded incident (the caller has checked there is none). */
export async function insertNewReview(
  db: Executor,
  ctx: UseCaseContext,
  state: IncidentState,
  input: ReviewStart,
): Promise<{ review: StoredReview; template: ReviewTemplate }> {
  const { incident } = state;
  const templates = await loadTemplates(db, ctx.workspace.id);
  const template = pickTemplate(templates, input.templateId, incident.severity);
  const catalog = await listServices(db, ctx.workspace.id);
  const now = ctx.clock();
  const review: Review = {
    id: newId() as ReviewId,
    workspaceId: ctx.workspace.id,
    incidentId: incident.id,
    status: 'draft',
    authors: input.authors ?? [ctx.actor.name],
    reviewers: (input.reviewers ?? []).map(pendingReviewer),
    summary: incident.summary,
    impact: defaultImpactInputs(
      plainMilestones(state),
      incident.services,
      catalog,
      DEFAULT_CURRENCY,
    ),
    lessons: { wentWell: [], wentWrong: [], gotLucky: [] },
    whyTrees: template.defaultWhyQuestions.map((question) => ({
      id: newId(),
      question,
      answers: [],
    })),
    factors: [],
    actionItems: [],
    meeting: { at: null, attendees: [] },
    publishOverride: null,
    followUp: null,
    templateId: template.id,
    version: 1,
    createdAt: now,
    createdBy: ctx.actor.name,
    updatedAt: now,
    updatedBy: ctx.actor.name,
    submittedAt: null,
    approvedAt: null,
    publishedAt: null,
  };
  await insertReview(db, review, reviewDueDates(state.milestones.resolved.at, state.policy));
  await appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'review',
      entityId: review.id,
      action: 'create',
      field: null,
      oldValue: null,
      newValue: { incident: incident.key, templateId: review.templateId, authors: review.authors },
      actor: ctx.actor.name,
      at: now,
    },
  ]);
  await refreshSearchIndex(db, ctx);
  return { review: { ...review, actionItems: [] }, template };
}

/** The review of `key` with every check run at the current time. */
/** The review of `key` with every check, its clock-dependent ones taken at `at` (default now). */
export async function getReview(
  ctx: UseCaseContext,
  key: IncidentKey,
  at?: Instant,
): Promise<ReviewDetail> {
  const db = ctx.database.db;
  const state = await loadReviewState(db, ctx, key);
  return detailOf(db, ctx, state, at);
}

/**
 * Replaces the sections named in `patch`. Approved and published reviews are reopened first, so
 * that nobody edits a text after others signed it off.
 */
export async function updateReview(
  ctx: UseCaseContext,
  key: IncidentKey,
  patch: ReviewPatch,
  expectedVersion: number,
): Promise<ReviewDetail> {
  return inTransaction(ctx, async (db) => {
    const state = await loadReviewState(db, ctx, key);
    const { review } = state;
    if (review.status === 'approved' || review.status === 'published') {
      throw new AppError(
        'RULE_VIOLATION',
        `status: the review is ${review.status}; reopen it (POST …/review/reopen) before editing`,
      );
    }
    const templates = await loadTemplates(db, ctx.workspace.id);
    const next = applyReviewPatch(state, patch, templates);
    const saved = await saveReview(db, ctx, state, next, expectedVersion);
    return detailOf(db, ctx, { ...state, review: saved });
  });
}

/** `patch` applied to the state's review, or RULE_VIOLATION listing every problem of the result. */
export function applyReviewPatch(
  state: ReviewState,
  patch: ReviewPatch,
  templates: ReviewTemplate[],
): Review {
  const { review } = state;
  if (patch.templateId !== undefined) {
    pickTemplate(templates, patch.templateId, state.incident.severity);
  }
  const next: Review = {
    ...review,
    ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
    ...(patch.impact !== undefined ? { impact: { ...review.impact, ...patch.impact } } : {}),
    ...(patch.lessons !== undefined ? { lessons: { ...review.lessons, ...patch.lessons } } : {}),
    ...(patch.whyTrees !== undefined ? { whyTrees: patch.whyTrees.map(whyTreeFromDraft) } : {}),
    ...(patch.factors !== undefined ? { factors: patch.factors.map(factorFromDraft) } : {}),
    ...(patch.meeting !== undefined ? { meeting: patch.meeting } : {}),
    ...(patch.authors !== undefined ? { authors: patch.authors } : {}),
    ...(patch.reviewers !== undefined
      ? {
          reviewers: patch.reviewers.map(
            (name) => review.reviewers.find((r) => r.name === name) ?? pendingReviewer(name),
          ),
        }
      : {}),
    ...(patch.templateId !== undefined ? { templateId: patch.templateId } : {}),
  };
  const problems = [
    ...validateImpactInputs(next.impact).map((p) => `impact.${p}`),
    ...checkWhyTreeIds(next.whyTrees),
    ...checkFactors(next, state),
  ];
  if (problems.length > 0) throw new AppError('RULE_VIOLATION', problems.join('; '));
  return next;
}

/** The review library: reviews of the workspace, most recently published first. */
export async function listReviewLibrary(
  ctx: UseCaseContext,
  filter: { status?: ReviewStatus[]; limit?: number },
): Promise<ReviewListing[]> {
  return listReviews(ctx.database.db, ctx.workspace.id, {
    status: filter.status,
    includePrivate: canSeePrivate(ctx),
    limit: filter.limit ?? 100,
  });
}

/** The detail of a loaded review, with the template it was written from. */
export async function detailOf(
  db: Executor,
  ctx: UseCaseContext,
  state: ReviewState,
  at: Instant = ctx.clock(),
): Promise<ReviewDetail> {
  const templates = await loadTemplates(db, ctx.workspace.id);
  const template =
    templates.find((t) => t.id === state.review.templateId) ??
    templateForSeverity(templates, state.incident.severity);
  return describeReview(state, template, at);
}

function pickTemplate(
  templates: ReviewTemplate[],
  id: string | undefined,
  severity: Severity,
): ReviewTemplate {
  if (id === undefined) return templateForSeverity(templates, severity);
  const template = templates.find((t) => t.id === id);
  if (!template) {
    throw new AppError(
      'RULE_VIOLATION',
      `templateId: "${id}" is not a template of this workspace; use one of ${templates.map((t) => t.id).join(', ')}`,
    );
  }
  return template;
}

function pendingReviewer(name: string): Review['reviewers'][number] {
  return { name, decision: 'pending', comment: '', at: null as Instant | null };
}

function whyTreeFromDraft(draft: WhyTreeDraft): WhyTree {
  const node = (d: WhyNodeDraft): WhyNode => ({
    id: d.id ?? newId(),
    text: d.text,
    rootCause: d.rootCause ?? false,
    category: d.category ?? null,
    children: (d.children ?? []).map(node),
  });
  return { id: draft.id ?? newId(), question: draft.question, answers: draft.answers.map(node) };
}

function factorFromDraft(draft: FactorDraft): ContributingFactor {
  return {
    id: draft.id ?? newId(),
    category: draft.category,
    description: draft.description,
    evidenceEventIds: (draft.evidenceEventIds ?? []) as TimelineEventId[],
    actionItemIds: draft.actionItemIds ?? [],
    acceptedRisk: draft.acceptedRisk ?? null,
    whyNodeIds: draft.whyNodeIds ?? [],
  };
}

function checkWhyTreeIds(trees: WhyTree[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  trees.forEach((tree, t) => {
    for (const id of [tree.id, ...listWhyNodes(tree).map((n) => n.id)]) {
      if (seen.has(id)) problems.push(`whyTrees.${t}: the id "${id}" is used twice`);
      seen.add(id);
    }
  });
  return problems;
}

function checkFactors(review: Review, state: ReviewState): string[] {
  const references = {
    categories: DEFAULT_FACTOR_CATEGORIES,
    actionItemIds: review.actionItems.map((item) => item.id),
    whyNodeIds: review.whyTrees.flatMap(listWhyNodes).map((node) => node.id),
    eventIds: state.events.map((event) => event.id),
  };
  return review.factors.flatMap((factor, i) =>
    validateContributingFactor(factor, references).map((problem) => `factors.${i}.${problem}`),
  );
}
