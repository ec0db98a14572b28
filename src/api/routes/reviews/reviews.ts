/** @module /incidents/:key/review and /reviews: start, read, edit, move through approval, follow up, list. */
import { z } from 'zod';
import type { ReviewAction } from '../../../domain/review/index.js';
import {
  FollowUpRecordSchema,
  ReadinessSchema,
  ReviewApproveSchema,
  ReviewDetailSchema,
  ReviewListingSchema,
  ReviewListQuerySchema,
  ReviewPublishSchema,
  ReviewReopenSchema,
  ReviewRequestChangesSchema,
  ReviewStartSchema,
  ReviewSubmitSchema,
  ReviewUpdateSchema,
} from '../../../shared/schemas/reviews.js';
import { recordReviewFollowUp } from '../../../usecases/review-follow-up.js';
import { changeReviewStatus } from '../../../usecases/review-transitions.js';
import { getReviewViewStamp } from '../../../usecases/review-view-stamp.js';
import {
  getReview,
  listReviewLibrary,
  startReview,
  updateReview,
} from '../../../usecases/reviews.js';
import { authorize } from '../../authorize.js';
import {
  etagOf,
  expectedVersion,
  incidentKeyParam,
  optionalVersion,
} from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';
import { ViewCache } from '../../view-cache.js';
import { presentReviewDetail } from './present-review.js';
import { isAdminActor } from './review-actor.js';

const TRANSITIONS = [
  {
    path: 'submit',
    summary: 'Submit the draft to its reviewers (authors or an admin)',
    schema: ReviewSubmitSchema,
    action: (): ReviewAction => ({ type: 'submit' }),
  },
  {
    path: 'approve',
    summary: 'Approve as a reviewer; refused with 422 REVIEW_NOT_READY while readiness has errors',
    schema: ReviewApproveSchema,
    action: (body: { comment?: string }): ReviewAction => ({
      type: 'approve',
      ...(body.comment !== undefined ? { comment: body.comment } : {}),
    }),
  },
  {
    path: 'request-changes',
    summary: 'Send the review back to draft with a comment',
    schema: ReviewRequestChangesSchema,
    action: (body: { comment?: string }): ReviewAction => ({
      type: 'requestChanges',
      comment: body.comment ?? '',
    }),
  },
  {
    path: 'publish',
    summary:
      'Publish an approved review; an admin may publish without approval with override { reason }',
    schema: ReviewPublishSchema,
    action: (body: { override?: { reason: string } }): ReviewAction => ({
      type: 'publish',
      ...(body.override ? { override: body.override } : {}),
    }),
  },
  {
    path: 'reopen',
    summary: 'Reopen a submitted, approved or published review as a draft',
    schema: ReviewReopenSchema,
    action: (): ReviewAction => ({ type: 'reopen' }),
  },
] as const;

// Encoded review views keyed by every counter they depend on (see getReviewViewStamp); 32 MiB at most.
const VIEW_CACHE_BYTES = 32 * 1024 * 1024;
const encoder = new TextEncoder();

export function registerReviewRoutes(routes: RouteRegistry): void {
  const views = new ViewCache(VIEW_CACHE_BYTES);
  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/review',
      summary: 'Start the review of an incident (cancelled incidents too)',
      tag: 'reviews',
      body: ReviewStartSchema,
      bodyOptional: true,
      response: { status: 201, schema: ReviewDetailSchema, description: 'The new draft review' },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const key = incidentKeyParam(params);
      const detail = await startReview(ctx, key, body);
      c.header('location', `/api/v1/incidents/${key}/review`);
      c.header('etag', etagOf(detail.review.version));
      return c.json(presentReviewDetail(detail), 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/review',
      summary:
        'Read a review with its readiness, lint findings, deadlines, ranked action items, cost and curated timeline',
      tag: 'reviews',
      response: { status: 200, schema: ReviewDetailSchema, description: 'The review' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const key = incidentKeyParam(params);
      // One row read tells whether anything the view shows changed since it was encoded.
      const stamp = await getReviewViewStamp(ctx, key);
      let body = views.get(stamp.cacheKey);
      if (!body) {
        const detail = await getReview(ctx, key, stamp.at);
        body = encoder.encode(JSON.stringify(presentReviewDetail(detail)));
        views.set(stamp.cacheKey, body);
      }
      c.header('etag', etagOf(stamp.version));
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/json',
      });
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/incidents/:key/review',
      summary:
        'Edit review sections (send the version you read, or If-Match); why-trees and factors are replaced whole',
      tag: 'reviews',
      body: ReviewUpdateSchema,
      response: {
        status: 200,
        schema: ReviewDetailSchema,
        description: 'The review after the change',
      },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...patch } = body;
      const detail = await updateReview(
        ctx,
        incidentKeyParam(params),
        patch,
        expectedVersion(c, version),
      );
      c.header('etag', etagOf(detail.review.version));
      return c.json(presentReviewDetail(detail));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/incidents/:key/review/readiness',
      summary:
        'What stands between the review and approval (errors) and what to look at (warnings)',
      tag: 'reviews',
      response: { status: 200, schema: ReadinessSchema, description: 'The readiness checklist' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const detail = await getReview(ctx, incidentKeyParam(params));
      return c.json({ ready: detail.ready, findings: detail.readiness });
    },
  );

  for (const transition of TRANSITIONS) {
    routes.add(
      {
        method: 'post',
        path: `/incidents/:key/review/${transition.path}`,
        summary: transition.summary,
        tag: 'reviews',
        body: transition.schema,
        bodyOptional: transition.path !== 'request-changes',
        response: {
          status: 200,
          schema: ReviewDetailSchema,
          description: 'The review after the change',
        },
        errors: [403, 404, 409, 422],
      },
      async ({ c, ctx, params, body }) => {
        const input = body as { version?: number; comment?: string; override?: { reason: string } };
        // Only admins may skip approval; refused before anything else is looked at.
        if (input.override !== undefined) authorize(ctx.actor, 'admin');
        const detail = await changeReviewStatus(
          ctx,
          incidentKeyParam(params),
          transition.action(input),
          { isAdmin: isAdminActor(ctx.actor), expectedVersion: optionalVersion(c, input.version) },
        );
        c.header('etag', etagOf(detail.review.version));
        return c.json(presentReviewDetail(detail));
      },
    );
  }

  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/review/follow-up',
      summary: 'Record the follow-up: did each fix work, and did a similar incident recur?',
      tag: 'reviews',
      body: FollowUpRecordSchema,
      response: {
        status: 200,
        schema: ReviewDetailSchema,
        description: 'The review with its follow-up',
      },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const { version, answers, recurred } = body;
      const detail = await recordReviewFollowUp(
        ctx,
        incidentKeyParam(params),
        { answers: answers.map((a) => ({ ...a, note: a.note ?? '' })), recurred },
        optionalVersion(c, version),
      );
      c.header('etag', etagOf(detail.review.version));
      return c.json(presentReviewDetail(detail));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/reviews',
      summary: 'The review library: reviews by status, most recently published first',
      tag: 'reviews',
      query: ReviewListQuerySchema,
      response: {
        status: 200,
        schema: z.object({ reviews: z.array(ReviewListingSchema) }),
        description:
          'Reviews with their incident key, title, severity, services and publication date',
      },
    },
    async ({ c, ctx, query }) => {
      const reviews = await listReviewLibrary(ctx, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return c.json({ reviews });
    },
  );
}
