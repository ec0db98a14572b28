/** @module The service catalog: add, edit, remove and list services. */
import type { ServiceId } from '../domain/ids.js';
import type { Service } from '../domain/service.js';
import {
  appendAuditEntries,
  deleteService,
  type Executor,
  findServiceByName,
  insertService,
  listServices,
  newId,
  updateServiceIfVersion,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';

export interface ServiceCreate {
  name: string;
  owningTeam?: string | null;
  sloTarget?: number | null;
  sloWindowDays?: number;
  revenuePerHour?: number | null;
  tags?: string[];
}

export type ServicePatch = Partial<ServiceCreate>;

export async function createService(ctx: UseCaseContext, input: ServiceCreate): Promise<Service> {
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    if (await findServiceByName(db, ctx.workspace.id, input.name)) {
      throw new AppError(
        'SERVICE_NAME_TAKEN',
        `name: a service named "${input.name}" already exists`,
      );
    }
    const service: Service = {
      id: newId() as ServiceId,
      workspaceId: ctx.workspace.id,
      name: input.name,
      owningTeam: input.owningTeam ?? null,
      sloTarget: input.sloTarget ?? null,
      sloWindowDays: input.sloWindowDays ?? 30,
      revenuePerHour: input.revenuePerHour ?? null,
      tags: input.tags ?? [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertService(db, service);
    await audit(db, ctx, service, 'create', null, null, service);
    return service;
  });
}

export async function getService(ctx: UseCaseContext, name: string): Promise<Service> {
  return requireService(ctx.database.db, ctx, name);
}

export async function listCatalog(ctx: UseCaseContext): Promise<Service[]> {
  return listServices(ctx.database.db, ctx.workspace.id);
}

export async function updateService(
  ctx: UseCaseContext,
  name: string,
  patch: ServicePatch,
  expectedVersion: number,
): Promise<Service> {
  return inTransaction(ctx, async (db) => {
    const service = await requireService(db, ctx, name);
    if (service.version !== expectedVersion) throw versionConflict(service, expectedVersion);
    if (patch.name !== undefined && patch.name !== service.name) {
      if (await findServiceByName(db, ctx.workspace.id, patch.name)) {
        throw new AppError(
          'SERVICE_NAME_TAKEN',
          `name: a service named "${patch.name}" already exists`,
        );
      }
    }
    const fields = (Object.keys(patch) as (keyof ServicePatch)[]).filter(
      (field) =>
        patch[field] !== undefined &&
        JSON.stringify(patch[field]) !== JSON.stringify(service[field]),
    );
    if (fields.length === 0) return service;
    const saved: Service = {
      ...service,
      ...Object.fromEntries(fields.map((field) => [field, patch[field]])),
      version: service.version + 1,
      updatedAt: ctx.clock(),
    };
    if (!(await updateServiceIfVersion(db, saved, expectedVersion))) {
      throw versionConflict(service, expectedVersion);
    }
    for (const field of fields)
      await audit(db, ctx, saved, 'update', field, service[field], saved[field]);
    return saved;
  });
}

export async function removeService(ctx: UseCaseContext, name: string): Promise<void> {
  await inTransaction(ctx, async (db) => {
    const service = await requireService(db, ctx, name);
    await deleteService(db, ctx.workspace.id, service.id);
    await audit(db, ctx, service, 'delete', null, service, null);
  });
}

async function requireService(db: Executor, ctx: UseCaseContext, name: string): Promise<Service> {
  const service = await findServiceByName(db, ctx.workspace.id, name);
  if (!service) throw new AppError('SERVICE_NOT_FOUND', `service "${name}" is not in the catalog`);
  return service;
}

function audit(
  db: Executor,
  ctx: UseCaseContext,
  service: Service,
  action: 'create' | 'update' | 'delete',
  field: string | null,
  oldValue: unknown,
  newValue: unknown,
) {
  return appendAuditEntries(db, [
    {
      workspaceId: ctx.workspace.id,
      entity: 'service',
      entityId: service.id,
      action,
      field,
      oldValue,
      newValue,
      actor: ctx.actor.name,
      at: ctx.clock(),
    },
  ]);
}

function versionConflict(service: Service, expectedVersion: number): AppError {
  return new AppError(
    'SERVICE_VERSION_CONFLICT',
    `version: service "${service.name}" is at version ${service.version}, not ${expectedVersion}; reload it and apply your change again`,
  );
}
