/** @module What each request carries through the middleware chain. */
import type { UseCaseContext } from '../usecases/context.js';

export interface AppEnv {
  Variables: {
    requestId: string;
    ctx: UseCaseContext;
  };
}
