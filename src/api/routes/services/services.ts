/** @module /services: the catalog of services, their owners, SLOs and cost of downtime. */
import { z } from 'zod';
import { presentService } from '../../../shared/presenters/service.js';
import {
  ServiceCreateSchema,
  ServiceSchema,
  ServiceUpdateSchema,
} from '../../../shared/schemas/services.js';
import {
  createService,
  getService,
  listCatalog,
  removeService,
  updateService,
} from '../../../usecases/services.js';
import { etagOf, expectedVersion } from '../../request-values.js';
import type { RouteRegistry } from '../../route.js';

export function registerServiceRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'get',
      path: '/services',
      summary: 'List the service catalog',
      tag: 'services',
      response: {
        status: 200,
        schema: z.object({ services: z.array(ServiceSchema) }),
        description: 'All services by name',
      },
    },
    async ({ c, ctx }) => c.json({ services: (await listCatalog(ctx)).map(presentService) }),
  );

  routes.add(
    {
      method: 'post',
      path: '/services',
      summary: 'Add a service to the catalog',
      tag: 'services',
      body: ServiceCreateSchema,
      response: { status: 201, schema: ServiceSchema, description: 'The new service' },
      errors: [409],
    },
    async ({ c, ctx, body }) => {
      const service = await createService(ctx, body);
      c.header('etag', etagOf(service.version));
      return c.json(presentService(service), 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/services/:name',
      summary: 'Read a service',
      tag: 'services',
      response: { status: 200, schema: ServiceSchema, description: 'The service' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      const service = await getService(ctx, params.name ?? '');
      c.header('etag', etagOf(service.version));
      return c.json(presentService(service));
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/services/:name',
      summary: 'Edit a service (send the version you read, or If-Match)',
      tag: 'services',
      body: ServiceUpdateSchema.partial({ version: true }),
      response: { status: 200, schema: ServiceSchema, description: 'The service after the change' },
      errors: [404, 409],
    },
    async ({ c, ctx, params, body }) => {
      const { version, ...patch } = body;
      const service = await updateService(
        ctx,
        params.name ?? '',
        patch,
        expectedVersion(c, version),
      );
      c.header('etag', etagOf(service.version));
      return c.json(presentService(service));
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/services/:name',
      summary: 'Remove a service from the catalog (incidents keep the name they were filed under)',
      tag: 'services',
      response: { status: 204, description: 'Removed' },
      errors: [404],
    },
    async ({ c, ctx, params }) => {
      await removeService(ctx, params.name ?? '');
      return c.body(null, 204);
    },
  );
}
