/** @module The search cursor: an opaque offset into the ranked results. */
import { AppError } from '../../../usecases/app-error.js';

/** Ranked results are paged by offset; deeper pages than this are refused (refine the query instead). */
export const MAX_OFFSET = 10_000;

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeSearchCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (
      typeof value.o === 'number' &&
      Number.isInteger(value.o) &&
      value.o > 0 &&
      value.o <= MAX_OFFSET
    ) {
      return value.o;
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError(
    'VALIDATION_FAILED',
    'cursor: is not a cursor this API gave out; start again without it',
  );
}
