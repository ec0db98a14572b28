/** @module Whether the acting user may do what only admins may (publish without approval). */
import type { Actor } from '../../../usecases/context.js';
import { authorize } from '../../authorize.js';

export function isAdminActor(actor: Actor): boolean {
  try {
    authorize(actor, 'admin');
    return true;
  } catch {
    return false;
  }
}
