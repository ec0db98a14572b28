/** @module The one error handler: AppError codes map to statuses; anything else is a bare 500 that leaks nothing. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { type ErrorCode, isAppError } from '../usecases/app-error.js';

export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INCIDENT_NOT_FOUND: 404,
  EVENT_NOT_FOUND: 404,
  SERVICE_NOT_FOUND: 404,
  WORKSPACE_NOT_FOUND: 404,
  INTEGRATION_NOT_FOUND: 404,
  SIGNAL_NOT_FOUND: 404,
  SIGNAL_ALREADY_ATTACHED: 409,
  INCIDENT_VERSION_CONFLICT: 409,
  EVENT_VERSION_CONFLICT: 409,
  SERVICE_VERSION_CONFLICT: 409,
  SERVICE_NAME_TAKEN: 409,
  IMPORT_TARGET_NOT_EMPTY: 409,
  REVIEW_NOT_FOUND: 404,
  REVIEW_ALREADY_EXISTS: 409,
  REVIEW_VERSION_CONFLICT: 409,
  REVIEW_NOT_READY: 422,
  ACTION_ITEM_NOT_FOUND: 404,
  ACTION_ITEM_VERSION_CONFLICT: 409,
  POLICY_VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 422,
  RULE_VIOLATION: 422,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  PDF_RENDERER_MISSING: 503,
};

export function renderError(c: Context, code: ErrorCode, message: string): Response {
  return c.json({ error: { code, message } }, STATUS_BY_CODE[code]);
}

export function handleError(logger: Logger) {
  return (error: unknown, c: Context): Response => {
    if (isAppError(error)) return renderError(c, error.code, error.message);
    logger.error(
      { err: error, requestId: c.get('requestId'), path: c.req.path },
      'unhandled error',
    );
    return c.json({ error: { code: 'INTERNAL', message: 'internal error' } }, 500);
  };
}
