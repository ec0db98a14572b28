/** @module The one place that decides whether an actor may do something; it will grow with accounts and roles. */
import { AppError } from '../usecases/app-error.js';
import type { Actor } from '../usecases/context.js';

export type Permission = 'read' | 'write' | 'admin';

/** Throws FORBIDDEN when `actor` lacks `permission`. Today the local owner and API tokens hold all. */
export function authorize(actor: Actor, permission: Permission): void {
  const granted: Permission[] =
    actor.kind === 'owner' || actor.kind === 'token' ? ['read', 'write', 'admin'] : ['read'];
  if (!granted.includes(permission)) {
    throw new AppError('FORBIDDEN', `${actor.name} may not ${permission} here`);
  }
}
