/** @module Configuring webhook integrations: create (with a one-time secret), list, adjust, disable. */
import { randomBytes } from 'node:crypto';
import type { SignalSource } from '../domain/signal.js';
import {
  appendAuditEntries,
  type Executor,
  findIntegration,
  type Integration,
  insertIntegration,
  listIntegrations,
  newId,
  updateIntegration,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';

export interface IntegrationCreate {
  source: SignalSource;
  name?: string;
}

export interface IntegrationPatch {
  name?: string;
  clockOffsetSeconds?: number;
}

/** The path a tool posts its deliveries to. */
export function webhookPathOf(integration: Pick<Integration, 'id'>): string {
  return `/hooks/${integration.id}`;
}

/** Creates an enabled integration with a fresh random 32-byte secret (returned only here). */
export async function createIntegration(
  ctx: UseCaseContext,
  input: IntegrationCreate,
): Promise<Integration> {
  const now = ctx.clock();
  const integration: Integration = {
    id: newId(),
    workspaceId: ctx.workspace.id,
    source: input.source,
    name: input.name ?? input.source,
    secret: randomBytes(32).toString('base64url'),
    clockOffsetSeconds: 0,
    enabled: true,
    createdAt: now,
    createdBy: ctx.actor.name,
    disabledAt: null,
  };
  await inTransaction(ctx, async (db) => {
    await insertIntegration(db, integration);
    await audit(db, ctx, integration, 'create', null, null, {
      source: integration.source,
      name: integration.name,
    });
  });
  return integration;
}

export async function listWorkspaceIntegrations(ctx: UseCaseContext): Promise<Integration[]> {
  return listIntegrations(ctx.database.db, ctx.workspace.id);
}

export async function changeIntegration(
  ctx: UseCaseContext,
  id: string,
  patch: IntegrationPatch,
): Promise<Integration> {
  return inTransaction(ctx, async (db) => {
    const integration = await requireIntegration(db, ctx, id);
    const next: Integration = {
      ...integration,
      name: patch.name ?? integration.name,
      clockOffsetSeconds: patch.clockOffsetSeconds ?? integration.clockOffsetSeconds,
    };
    await updateIntegration(db, next);
    for (const field of ['name', 'clockOffsetSeconds'] as const) {
      if (next[field] !== integration[field]) {
        await audit(db, ctx, next, 'update', field, integration[field], next[field]);
      }
    }
    return next;
  });
}

/** Disables an integration: its deliveries are refused from now on; its signals stay. */
export async function disableIntegration(ctx: UseCaseContext, id: string): Promise<void> {
  await inTransaction(ctx, async (db) => {
    const integration = await requireIntegration(db, ctx, id);
    if (!integration.enabled) return;
    await updateIntegration(db, { ...integration, enabled: false, disabledAt: ctx.clock() });
    await audit(db, ctx, integration, 'update', 'enabled', true, false);
  });
}

async function requireIntegration(
  db: Executor,
  ctx: UseCaseContext,
  id: string,
): Promise<Integration> {
  const integration = await findIntegration(db, id);
  if (!integration || integration.workspaceId !== ctx.workspace.id) {
    throw new AppError(
      'INTEGRATION_NOT_FOUND',
      `integration ${id.slice(0, 40)} does not exist in this workspace`,
    );
  }
  return integration;
}

function audit(
  db: Executor,
  ctx: UseCaseContext,
  integration: Integration,
  action: 'create' | 'update',
  field: string | null,
  oldValue: unknown,
  newValue: unknown,
) {
  return appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'integration',
      entityId: integration.id,
      action,
      field,
      oldValue,
      newValue,
      actor: ctx.actor.name,
      at: ctx.clock(),
    },
  ]);
}
