/** @module /incidents/:key/review/action-items and /action-items: add, edit, remove, move, and list across reviews. */
import { z } from 'zod';
import {
  ActionItemCreateSchema,
  ActionItemDeleteQuerySchema,
  ActionItemListingSchema,
  ActionItemListQuerySchema,
  ActionItemSchema,
  ActionItemTransitionSchema,
  ActionItemUpdateSchema,
} from '../../../shared/schemas/action-items.js';
import {
  type ActionItemCreate,
  type ActionItemPatch,
  createActionItem,
  editActionItem,
  listWorkspaceActionItems,
  removeActionItem,
  transitionActionItemStatus,
} from '../../../usecases/action-items.js';
import {
  etagOf,
  expectedVersion,
  incidentKeyParam,
  optionalVersion,
} from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';
import { presentActionItem } from '../reviews/present-review.js';

const ITEM_PATH = '/incidents/:key/review/action-items/:id';

export function registerActionItemRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'post',
      path: '/incidents/:key/review/action-items',
      summary: 'Add an action item; without a due date it gets the policy’s days for its horizon',
      tag: 'action-items',
      body: ActionItemCreateSchema,
      response: { status: 201, schema: ActionItemSchema, description: 'The new action item' },
      errors: [404],
    },
    async ({ c, ctx, params, body }) => {
      // The schema bounds scores to 1–5, which is what Score means.
      const item = await createActionItem(ctx, incidentKeyParam(params), body as ActionItemCreate);
      c.header('etag', etagOf(item.version));
      return c.json(presentActionItem(item), 201);
    },
  );

  routes.add(
    {
      method: 'patch',
      path: ITEM_PATH,
      summary: 'Edit an action item (send its version, or If-Match); status moves via /transition',
      tag: 'action-items',
      body: ActionItemUpdateSchema,
      response: { status: 200, schema: ActionItemSchema, description: 'The item after the change' },
      errors: [404, 409],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...patch } = body;
      const item = await editActionItem(
        ctx,
        incidentKeyParam(params),
        params.id ?? '',
        patch as ActionItemPatch,
        expectedVersion(c, version),
      );
      c.header('etag', etagOf(item.version));
      return c.json(presentActionItem(item));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: ITEM_PATH,
      summary: 'Remove an action item (and its links from contributing factors)',
      tag: 'action-items',
      query: ActionItemDeleteQuerySchema,
      response: { status: 204, description: 'Removed' },
      errors: [404, 409],
    },
    async ({ c, ctx, params, query }) => {
      await removeActionItem(
        ctx,
        incidentKeyParam(params),
        params.id ?? '',
        optionalVersion(c, query.version),
      );
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'post',
      path: `${ITEM_PATH}/transition`,
      summary:
        'Move an action item: verified needs verification { what, at, link? }, wont_do needs a reason',
      tag: 'action-items',
      body: ActionItemTransitionSchema,
      response: { status: 200, schema: ActionItemSchema, description: 'The item after the move' },
      errors: [404, 409, 422],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...transition } = body;
      const item = await transitionActionItemStatus(
        ctx,
        incidentKeyParam(params),
        params.id ?? '',
        transition,
        optionalVersion(c, version),
      );
      c.header('etag', etagOf(item.version));
      return c.json(presentActionItem(item));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/action-items',
      summary: 'Action items across every review: by owner, by status, or overdue=true',
      tag: 'action-items',
      query: ActionItemListQuerySchema,
      response: {
        status: 200,
        schema: z.object({ actionItems: z.array(ActionItemListingSchema) }),
        description: 'Items with their incident, earliest due first',
      },
    },
    async ({ c, ctx, query }) => {
      const listings = await listWorkspaceActionItems(ctx, {
        ...(query.owner !== undefined ? { owner: query.owner } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.overdue !== undefined ? { overdue: query.overdue } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return c.json({
        actionItems: listings.map(({ item, incidentKey, incidentTitle }) => ({
          ...presentActionItem(item),
          incidentKey,
          incidentTitle,
        })),
      });
    },
  );
}
