/** @module The one error type for expected failures, with permanent codes that clients depend on. */

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INCIDENT_NOT_FOUND',
  'EVENT_NOT_FOUND',
  'SERVICE_NOT_FOUND',
  'WORKSPACE_NOT_FOUND',
  'INTEGRATION_NOT_FOUND',
  'SIGNAL_NOT_FOUND',
  'SIGNAL_ALREADY_ATTACHED',
  'INCIDENT_VERSION_CONFLICT',
  'EVENT_VERSION_CONFLICT',
  'SERVICE_VERSION_CONFLICT',
  'SERVICE_NAME_TAKEN',
  'INVALID_TRANSITION',
  'RULE_VIOLATION',
  'IMPORT_TARGET_NOT_EMPTY',
  'REVIEW_NOT_FOUND',
  'REVIEW_ALREADY_EXISTS',
  'REVIEW_VERSION_CONFLICT',
  'REVIEW_NOT_READY',
  'ACTION_ITEM_NOT_FOUND',
  'ACTION_ITEM_VERSION_CONFLICT',
  'POLICY_VERSION_CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'PDF_RENDERER_MISSING',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure: a permanent code and a message saying what is wrong and what to do. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
